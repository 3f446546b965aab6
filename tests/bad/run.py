#!/usr/bin/env python3
"""Bad input is data: each case feeds `vigil extract` something hostile and
checks a bounded run (timeout), no crash (no signal, no sanitizer report), the
exit code, a message naming the document and the position, and that the good
documents around a bad one still come out (nothing lost).

Inputs are generated here into a temporary directory: invalid UTF-8, binary,
empty, a 50 MB single line, 100,000-deep nested HTML, truncated JSON Lines,
NUL bytes, malformed JSON, a missing file, hostile XML.
"""
import argparse
import json
import os
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import lib  # noqa: E402

LIMIT_S = 120  # per case, generous for sanitizer builds; a hang fails


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    vigil = os.path.abspath(a.bin)
    chk = lib.Checker("bad-input")
    tmp = tempfile.mkdtemp(prefix="vigil-bad-")

    def path(name, data):
        p = os.path.join(tmp, name)
        with open(p, "wb") as f:
            f.write(data)
        return p

    def extract(args, stdin=None):
        t0 = time.monotonic()
        try:
            code, out, err = lib.run(vigil, ["extract"] + args, stdin=stdin, cwd=tmp,
                                     timeout=LIMIT_S)
        except Exception as e:  # timeout
            chk.check(False, f"{args}: finishes within {LIMIT_S}s", str(e))
            return None, "", "", 0.0
        chk.check(code >= 0, f"{args}: no crash (signal {-code})", err[-2000:])
        chk.check("Sanitizer" not in err and "runtime error" not in err,
                  f"{args}: no sanitizer report", err[-2000:])
        return code, out, err, time.monotonic() - t0

    # 1. invalid UTF-8 in a text file: replaced, warned with the byte offset, exit 0
    p = path("bad-utf8.txt", b"Guerrillas attacked the town of Ocotal.\n\xff\xfe caf\xc3 ok \xe2\x82\n")
    code, out, err, _ = extract([os.path.basename(p)])
    chk.check(code == 0, "invalid utf-8: exit 0 (the document is still read)", err)
    chk.check("invalid utf-8" in err and "byte 40" in err,
              "invalid utf-8: warning names the byte offset 40", err)
    recs = lib.records(out)
    chk.check(len(recs) == 1 and recs[0]["doc"]["chars"] > 0, "invalid utf-8: one record")
    if recs:
        chk.check(any("byte 40" in d["message"] for d in recs[0].get("diagnostics", [])),
                  "invalid utf-8: the record carries the diagnostic")

    # 2. binary file: an error naming it, non-zero exit
    rnd = random.Random(7)
    p = path("blob.bin", bytes(rnd.randrange(256) for _ in range(20000)) + b"\0" * 5000)
    code, out, err, _ = extract([os.path.basename(p)])
    chk.check(code == 1, "binary: exit 1", f"exit {code}: {err}")
    chk.check("blob.bin" in err and "binary" in err, "binary: message names the file", err)
    chk.check(out.strip() == "", "binary: no record")

    # 3. empty file: one empty record, exit 0
    p = path("empty.txt", b"")
    code, out, err, _ = extract([os.path.basename(p)])
    recs = lib.records(out)
    chk.check(code == 0 and len(recs) == 1 and recs[0]["doc"]["chars"] == 0,
              "empty file: one record with chars 0, exit 0", f"exit {code}: {err}")

    # 4. a 50 MB single line
    word = b"attack on the convoy near the border crossing, officials said "
    big = (word * (50 * 1024 * 1024 // len(word) + 1))[: 50 * 1024 * 1024]
    p = path("one-line.txt", big)
    code, out, err, secs = extract([os.path.basename(p)])
    recs = lib.records(out)
    chk.check(code == 0 and len(recs) == 1 and recs[0]["doc"]["chars"] == len(big),
              "50 MB single line: one record of 50 MB", f"exit {code}: {err[:500]}")
    print(f"  50 MB single line: {secs:.1f}s")
    os.unlink(p)

    # 5. 100,000-deep nested HTML
    depth = 100000
    html = (b"<html><head><title>Deep</title></head><body>" + b"<div>" * depth +
            b"<p>Militants attacked a checkpoint.</p>" + b"</div>" * depth + b"</body></html>")
    p = path("deep.html", html)
    code, out, err, secs = extract([os.path.basename(p)])
    chk.check(code in (0, 1), "deep html: exit 0 or 1", f"exit {code}: {err[:500]}")
    if code == 1:
        chk.check("deep.html" in err, "deep html: the error names the file", err[:500])
    print(f"  100,000-deep html: {secs:.1f}s, exit {code}")

    # 6. truncated JSON Lines: the good lines come out, the cut one is named with its line
    good = [json.dumps({"id": f"d{i}", "text": f"Report {i}: gunmen attacked a bus."}) for i in range(3)]
    data = ("\n".join(good) + "\n" + good[0][: len(good[0]) // 2]).encode()
    p = path("cut.jsonl", data)
    code, out, err, _ = extract([os.path.basename(p)])
    ids = [r["doc"]["id"] for r in lib.records(out)]
    chk.check(ids == ["d0", "d1", "d2"], "truncated jsonl: the three good records", str(ids))
    chk.check(code == 1, "truncated jsonl: exit 1", f"exit {code}")
    chk.check("cut.jsonl:4" in err and "column" in err,
              "truncated jsonl: error names cut.jsonl:4 and the column", err)

    # 7. malformed and wrong-typed JSON lines in the middle of a batch
    lines = [good[0], "{not json}", json.dumps({"id": "x", "text": 5}), "[1,2]", good[1],
             json.dumps({"text": "No id here: a car bomb exploded.", "title": None})]
    p = path("mixed.jsonl", ("\n".join(lines) + "\n").encode())
    code, out, err, _ = extract([os.path.basename(p)])
    recs = lib.records(out)
    chk.check([r["doc"]["id"] for r in recs][:2] == ["d0", "d1"] and len(recs) == 3,
              "mixed jsonl: three good records come out", out)
    if len(recs) == 3:
        chk.check(recs[2]["doc"]["id"].startswith("sha256:"), "record without id gets a content id")
    for ln in (2, 3, 4):
        chk.check(f"mixed.jsonl:{ln}" in err, f"mixed jsonl: error names line {ln}", err)
    chk.check(code == 1, "mixed jsonl: exit 1")

    # 8. NUL bytes inside text
    p = path("nul.txt", b"Police said\x00 two bombs\x00\x00 exploded in Kabul.\n")
    code, out, err, _ = extract([os.path.basename(p)])
    recs = lib.records(out)
    chk.check(code == 0 and len(recs) == 1, "nul bytes: one record, exit 0", err)
    if recs:
        chk.check("byte 11" in err, "nul bytes: warning names byte 11", err)

    # 9. NUL inside a JSON string (escaped \u0000) is repaired too
    p = path("nul.jsonl", (json.dumps({"id": "n", "text": "a\u0000b"}) + "\n").encode())
    code, out, err, _ = extract([os.path.basename(p)])
    recs = lib.records(out)
    chk.check(code == 0 and len(recs) == 1, "escaped NUL in jsonl: one record", err)
    if recs:
        chk.check(recs[0]["doc"]["chars"] == 5, "escaped NUL in jsonl: replaced by U+FFFD (3 bytes)",
                  str(recs[0]["doc"]))

    # 10. a missing file among good ones: exit 3, the good one written
    okp = path("ok.txt", b"Gunmen kidnapped two engineers in Kaduna on Monday.\n")
    code, out, err, _ = extract(["no-such-file.txt", os.path.basename(okp)])
    chk.check(code == 3 and len(lib.records(out)) == 1, "missing file: exit 3, the other written",
              f"exit {code}: {err}")
    chk.check("no-such-file.txt" in err, "missing file: named", err)

    # 11. hostile XML: billion laughs and an external entity do not expand
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10))
              + b']><rss version="2.0"><channel><title>t</title><item><title>x</title>'
              b'<description>&lol9;</description></item></channel></rss>')
    p = path("laughs.xml", laughs)
    code, out, err, secs = extract([os.path.basename(p)])
    chk.check(len(out) < 100000, "billion laughs: not expanded", f"{len(out)} bytes out")
    xxe = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<rss version="2.0"><channel><item><title>t</title><description>&x;</description>'
           b'</item></channel></rss>')
    p = path("xxe.xml", xxe)
    code, out, err, _ = extract([os.path.basename(p)])
    chk.check("root:" not in out, "external entity: not expanded", out[:300])

    # 12. malformed XML feed: an error with the line
    p = path("broken.xml", b'<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<item><title>a</item>\n')
    code, out, err, _ = extract(["--input", "rss", os.path.basename(p)])
    chk.check(code == 1 and "broken.xml" in err and "line" in err,
              "broken feed: exit 1 and the error names the file and line", f"exit {code}: {err}")

    # 13. stdin with garbage and forced jsonl
    code, out, err, _ = extract(["--input", "jsonl", "-"], stdin=b"\xff\xfe\x00garbage\n")
    chk.check(code == 1 and "-:1" in err, "stdin garbage as jsonl: exit 1, names -:1", err)

    chk.finish()


if __name__ == "__main__":
    main()
