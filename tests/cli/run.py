#!/usr/bin/env python3
"""Command-line behaviour of `vigil extract`, `vigil ingest`, `vigil query`
and `vigil source`: options, exit codes, stdin, directories, formats.
Inputs are written here into a temporary directory."""
import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import lib  # noqa: E402

BLOG = """Friday, July 01, 2016

US Sources are concerned next wave of attack may be deadlier

A source told me that US authorities believe more attacks may come.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--schema", required=True)
    a = ap.parse_args()
    vigil = os.path.abspath(a.bin)
    val = lib.load_validator(a.schema)
    chk = lib.Checker("cli")
    tmp = tempfile.mkdtemp(prefix="vigil-cli-")

    def write(name, text):
        p = os.path.join(tmp, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        return p

    def ex(args, stdin=None):
        return lib.run(vigil, ["extract"] + args, stdin=stdin, cwd=tmp)

    # help lists the exit codes; bad usage exits 2
    code, out, _ = ex(["--help"])
    chk.check(code == 0 and "Exit codes" in out and "some documents failed" in out,
              "--help lists the exit codes")
    chk.check(ex(["--bogus"])[0] == 2, "unknown option exits 2")
    chk.check(ex(["--input", "pdf", "x"])[0] == 2, "bad --input exits 2")
    chk.check(ex(["--date", "yesterday", "x"])[0] == 2, "bad --date exits 2")
    chk.check(lib.run(vigil, ["frobnicate"])[0] == 2, "unknown command exits 2")

    # a blog's date line and headline become published and title
    write("blog.txt", BLOG)
    code, out, err = ex(["blog.txt"])
    recs = lib.records(out)
    chk.check(code == 0 and len(recs) == 1, "blog: one record", err)
    r = recs[0] if recs else {"doc": {}}
    chk.check(not lib.schema_errors(val, r), "blog: record valid", str(lib.schema_errors(val, r)))
    chk.check(r["doc"].get("published") == "2016-07-01", "blog: published from the date line",
              str(r["doc"]))
    chk.check(r["doc"].get("title") == "US Sources are concerned next wave of attack may be deadlier",
              "blog: title from the headline line", str(r["doc"]))
    chk.check(r["doc"].get("chars") == len(BLOG.encode()), "blog: chars is the byte length")
    chk.check(r["doc"].get("id", "").startswith("sha256:"), "blog: content id by default")

    # --id and --date; the text's own date wins over --date
    code, out, _ = ex(["--id", "blog-1", "--date", "2020-01-02", "blog.txt"])
    r = lib.records(out)[0]
    chk.check(r["doc"]["id"] == "blog-1", "--id sets the id")
    chk.check(r["doc"]["published"] == "2016-07-01", "the document's date wins over --date")
    write("nodate.txt", "Gunmen attacked a police station in the north, officials said.\n")
    r = lib.records(ex(["--date", "2020-01-02", "nodate.txt"])[1])[0]
    chk.check(r["doc"]["published"] == "2020-01-02", "--date is the fallback")
    chk.check(r["doc"]["title"] is None, "prose first line is no title", str(r["doc"]))
    r = lib.records(ex(["nodate.txt"])[1])[0]
    chk.check(r["doc"]["published"] is None, "no date anywhere: published null")

    # the same content gives the same id; different content a different one
    write("copy.txt", BLOG)
    ids = [x["doc"]["id"] for x in lib.records(ex(["blog.txt", "copy.txt", "nodate.txt"])[1])]
    chk.check(len(ids) == 3 and ids[0] == ids[1] != ids[2], "content ids are stable", str(ids))
    code, _, err = ex(["--id", "one", "blog.txt", "copy.txt"])
    chk.check(code == 2 and "--id" in err, "--id with two documents is a usage error", err)

    # stdin, with sniffing and forced kinds
    code, out, _ = ex(["-"], stdin=BLOG.encode())
    chk.check(code == 0 and lib.records(out)[0]["doc"]["title"].startswith("US Sources"),
              "stdin text is read")
    jl = "\n".join(json.dumps({"id": f"j{i}", "text": f"Item {i}.", "published": "2016-06-2%d" % i})
                   for i in range(1, 4)) + "\n"
    code, out, _ = ex([], stdin=jl.encode())
    recs = lib.records(out)
    chk.check([x["doc"]["id"] for x in recs] == ["j1", "j2", "j3"], "stdin jsonl sniffed",
              out[:300])
    chk.check(recs and recs[1]["doc"]["published"] == "2016-06-22", "jsonl published kept")
    code, out, _ = ex(["--input", "text", "-"], stdin=jl.encode())
    chk.check(len(lib.records(out)) == 1, "--input text reads jsonl bytes as one text")

    # directories: walked in name order, hidden files skipped, kinds sniffed
    write("dir/b.txt", "Second report.\n")
    write("dir/a.txt", "First report.\n")
    write("dir/.hidden.txt", "Hidden.\n")
    write("dir/sub/c.jsonl", json.dumps({"id": "c1", "text": "Third."}) + "\n")
    write("dir/sub/d.html", "<html><head><title>Page D</title></head><body><p>Fourth.</p></body></html>")
    code, out, err = ex(["dir"])
    srcs = [x["doc"]["source"] for x in lib.records(out)]
    chk.check(srcs == ["dir/a.txt", "dir/b.txt", "dir/sub/c.jsonl:1", "dir/sub/d.html"],
              "directory order and kinds", str(srcs) + err)

    # formats: JSON Lines by default, --pretty, --format text, -o
    out1 = ex(["blog.txt"])[1]
    chk.check(out1.count("\n") == 1, "default output is one line per record")
    outp = ex(["--pretty", "blog.txt"])[1]
    chk.check(json.loads(outp) == json.loads(out1) and outp.count("\n") > 5, "--pretty indents")
    code, outt, _ = ex(["--format", "text", "blog.txt"])
    chk.check(code == 0 and "US Sources are concerned" in outt and "published: 2016-07-01" in outt,
              "--format text is a report for people", outt)
    code, _, _ = ex(["-o", "out.jsonl", "blog.txt"])
    with open(os.path.join(tmp, "out.jsonl"), encoding="utf-8") as f:
        chk.check(code == 0 and json.loads(f.read())["doc"]["title"].startswith("US"), "-o writes the file")
    code, outw, _ = ex(["--with-text", "blog.txt"])
    chk.check(lib.records(outw)[0]["doc"]["text"] == BLOG, "--with-text carries the analysed text")

    # output failure: exit 4
    if os.path.exists("/dev/full"):
        code, _, err = ex(["-o", "/dev/full", "blog.txt"])
        chk.check(code == 4, "write failure exits 4", f"exit {code}: {err}")

    # the knowledge base commands
    db = os.path.join(tmp, "kb.db")

    def kb(args, stdin=None, env=None):
        return lib.run(vigil, args, stdin=stdin, cwd=tmp)

    code, out, err = kb(["ingest", "--help"])
    chk.check(code == 0 and "--db" in out and "Exit codes" in out, "ingest --help", err)
    chk.check(kb(["ingest", "--bogus"])[0] == 2, "ingest: unknown option exits 2")
    chk.check(kb(["ingest", "--batch", "0", "blog.txt"])[0] == 2, "ingest: --batch 0 exits 2")
    code, out, err = kb(["ingest", "--db", db, "--json", "blog.txt", "dir"])
    summary = json.loads(out) if code == 0 and out.strip() else {}
    chk.check(code == 0 and summary.get("stored") == 5 and summary.get("skipped") == 0
              and summary.get("ok") is True, "ingest --json: five new documents", out + err)
    code, out, err = kb(["ingest", "--db", db, "--json", "blog.txt", "dir"])
    summary = json.loads(out) if code == 0 and out.strip() else {}
    chk.check(summary.get("stored") == 0 and summary.get("skipped") == 5,
              "ingest again: nothing new, all skipped", out + err)
    code, _, err = kb(["ingest", "--db", db, "-q", "missing.txt"])
    chk.check(code == 3 and "missing.txt" in err, "ingest: an unreadable path exits 3", err)
    code, out, err = kb(["query", "--db", db, "--json", "stats"])
    st = json.loads(out) if code == 0 else {}
    chk.check(st.get("documents") == 5 and st.get("count") == 1, "query stats --json", out + err)
    code, out, err = kb(["query", "--db", db, "entity", "us", "authorities"])
    chk.check(code == 0 and "US authorities" in out, "query entity takes a name of several words",
              out + err)
    chk.check(kb(["query", "--db", db, "entity"])[0] == 2, "query entity without a name exits 2")
    chk.check(kb(["query", "--db", db, "frobs"])[0] == 2, "unknown query exits 2")
    chk.check(kb(["query", "--db", db, "threats", "--from", "soon"])[0] == 2,
              "query: a bad date exits 2")
    code, _, err = kb(["query", "--db", os.path.join(tmp, "none.db"), "stats"])
    chk.check(code == 4 and "none.db" in err and not os.path.exists(os.path.join(tmp, "none.db")),
              "query on a missing database exits 4 and creates nothing", err)
    chk.check(kb(["source", "grade", "--db", db, "Vigil Wire", "B", "2"])[0] == 0, "source grade B 2")
    chk.check(kb(["source", "grade", "--db", db, "Vigil Wire", "B2"])[0] == 0, "source grade B2")
    code, _, err = kb(["source", "grade", "--db", db, "Vigil Wire", "H", "2"])
    chk.check(code == 2 and "A-F" in err, "source grade H2 exits 2 and says why", err)
    chk.check(kb(["source", "frob"])[0] == 2, "source without grade exits 2")

    chk.finish()


if __name__ == "__main__":
    main()
