#!/usr/bin/env python3
"""Golden tests: each tests/golden/<case>/ holds input.* (and optionally an
`args` file with extra command-line arguments), expected.json (the records
`vigil extract --pretty` writes, stable key order) and optionally
expected.err (stderr). The runner diffs the output, validates every record
against the schema, and checks that every span's text is the analysed text's
bytes [start,end).

Regenerate only on an explicit request, then review the diff:
    tests/golden/run.py --bin build/release/vigil --update [CASE...]
"""
import argparse
import difflib
import glob
import json
import os
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import lib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def spans_ok(rec, text_bytes, chk, case):
    """Every mention-like object {text,start,end} must match the text."""
    stack = [rec]
    while stack:
        o = stack.pop()
        if isinstance(o, dict):
            if {"text", "start", "end"} <= o.keys() and isinstance(o["start"], int):
                got = text_bytes[o["start"]:o["end"]].decode("utf-8", "replace")
                chk.check(got == o["text"], f"{case}: span [{o['start']},{o['end']}) is "
                          f"{got!r}, record says {o['text']!r}")
            stack.extend(o.values())
        elif isinstance(o, list):
            stack.extend(o)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--schema", default=os.path.join(lib.ROOT, "spec/document.schema.json"))
    ap.add_argument("--update", action="store_true")
    ap.add_argument("cases", nargs="*")
    a = ap.parse_args()
    bin_path = os.path.abspath(a.bin)
    validator = lib.load_validator(a.schema)
    chk = lib.Checker("golden")
    dirs = sorted(d for d in glob.glob(os.path.join(HERE, "*"))
                  if os.path.isdir(d) and not os.path.basename(d).startswith(("_", ".")))
    if a.cases:
        dirs = [d for d in dirs if os.path.basename(d) in a.cases]
    for d in dirs:
        case = os.path.basename(d)
        inputs = sorted(glob.glob(os.path.join(d, "input.*")))
        if not chk.check(len(inputs) == 1, f"{case}: exactly one input.* file"):
            continue
        args = []
        if os.path.exists(os.path.join(d, "args")):
            with open(os.path.join(d, "args"), encoding="utf-8") as f:
                args = shlex.split(f.read())
        inp = os.path.basename(inputs[0])
        code, out, err = lib.run(bin_path, ["extract", "--pretty"] + args + [inp], cwd=d)
        exp_path = os.path.join(d, "expected.json")
        err_path = os.path.join(d, "expected.err")
        if a.update:
            with open(exp_path, "w", encoding="utf-8") as f:
                f.write(out)
            if err or os.path.exists(err_path):
                with open(err_path, "w", encoding="utf-8") as f:
                    f.write(err)
            print(f"updated {case} (exit {code})")
            continue
        if not chk.check(os.path.exists(exp_path), f"{case}: expected.json exists"):
            continue
        with open(exp_path, encoding="utf-8") as f:
            expected = f.read()
        chk.check(out == expected, f"{case}: output differs from expected.json",
                  "".join(difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                               "expected", "got", n=2))[:4000])
        if os.path.exists(err_path):
            with open(err_path, encoding="utf-8") as f:
                chk.check(err == f.read(), f"{case}: stderr differs from expected.err", err)
        else:
            chk.check(code == 0, f"{case}: exit 0", f"exit {code}: {err}")
        # the records: parse, validate, and check spans against the text
        try:
            dec = json.JSONDecoder()
            recs, pos = [], 0
            while pos < len(out):
                while pos < len(out) and out[pos].isspace():
                    pos += 1
                if pos >= len(out):
                    break
                r, pos = dec.raw_decode(out, pos)
                recs.append(r)
        except ValueError as e:
            chk.check(False, f"{case}: output is JSON", str(e))
            continue
        chk.check(len(recs) > 0, f"{case}: at least one record")
        for r in recs:
            errs = lib.schema_errors(validator, r)
            chk.check(not errs, f"{case}: record {r.get('doc', {}).get('id')} valid against "
                      "the schema", "\n    ".join(errs[:5]))
        # spans: the same run with the analysed text in each record
        code2, out2, _ = lib.run(bin_path, ["extract", "--with-text"] + args + [inp], cwd=d)
        for r2 in lib.records(out2):
            t = r2.get("doc", {}).get("text")
            if not chk.check(isinstance(t, str), f"{case}: --with-text gives doc.text"):
                continue
            tb = t.encode("utf-8")
            chk.check(len(tb) == r2["doc"]["chars"], f"{case}: doc.chars is the text's length "
                      "in bytes")
            spans_ok(r2, tb, chk, case)
    if a.update:
        return
    chk.finish()


if __name__ == "__main__":
    main()
