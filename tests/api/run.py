#!/usr/bin/env python3
"""API tests: `vigil serve` on a database built from the project's fixtures
(tests/kb/fixtures and a document with hostile text).

Every endpoint of docs/api.md: status, content type, shape, filters,
pagination (limit/cursor pages join up to the whole list, without
repeats), errors as JSON with the right status. Exports: the same bytes as
`vigil export`, an ETag, 304 on If-None-Match. Security: writes without or
with a wrong token get 401 and change nothing; the token is compared whole;
a body over the limit gets 413 before it is sent in full; path traversal
(/../, encoded forms) on static files is refused; SQL-looking parameters
are plain text; hostile document text comes back as JSON text; an idle
client is dropped after --timeout; reads answer while an ingest runs; on
SIGTERM a request in flight finishes.
"""
import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import lib  # noqa: E402

FIXTURES = os.path.join(lib.ROOT, "tests", "kb", "fixtures", "fixtures.jsonl")
TOKEN = "test-token-0123456789abcdef"
HOSTILE = ("HOSTILE CITY, May 2 - <script>window.__pwned = 1</script> \"quoted\" "
           "<img src=x onerror=\"window.__pwned = 2\"> Police said gunmen attacked a hotel in "
           "Antalya on Monday, killing three people.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    a = ap.parse_args()
    b = os.path.abspath(a.bin)
    chk = lib.Checker("api")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "kb.db")
        hostile = os.path.join(tmp, "hostile.txt")
        with open(hostile, "w") as f:
            f.write(HOSTILE)
        p = subprocess.run([b, "ingest", "-q", "--db", db, FIXTURES, hostile], capture_output=True)
        chk.check(p.returncode == 0, "fixtures ingested", p.stderr.decode()[-300:])
        s = lib.Server(b, db, tmp, token=TOKEN, timeout=2)
        try:
            run_checks(chk, b, s, db, tmp)
        finally:
            rc, _ = s.stop()
        chk.check(rc == 0, "SIGTERM: the server exits 0", str(rc))
        check_shutdown(chk, b, db, tmp)
        check_auth_reads(chk, b, db, tmp)
    chk.finish()


def json_ok(chk, what, st, h, body, status=200):
    chk.check(st == status, f"{what}: status {status}", f"{st} {str(body)[:200]}")
    chk.check(h.get("content-type", "").startswith("application/json"),
              f"{what}: JSON content type", h.get("content-type"))
    chk.check("default-src 'self'" in h.get("content-security-policy", ""),
              f"{what}: a content security policy")
    chk.check(h.get("x-content-type-options") == "nosniff", f"{what}: nosniff")
    return isinstance(body, dict)


def pages(chk, s, path, key, limit):
    """Every item of a list, a page of `limit` at a time."""
    def fetch(url):
        st, h, body = s.get(url)
        return body if json_ok(chk, f"page {url}", st, h, body) else None

    out = []
    for url, body in lib.pages(fetch, path, limit, most=100):
        chk.check(len(body[key]) <= limit, f"{url}: at most {limit} items")
        out += body[key]
    return out


def run_checks(chk, b, s, db, tmp):
    def stats():
        return s.get("/api/stats")[2]

    st, h, body = s.get("/healthz")
    chk.check(st == 200 and body.get("status") == "ok", "healthz", str(body))
    st, h, body = s.get("/api/stats")
    if json_ok(chk, "stats", st, h, body):
        chk.check(body.get("documents") == 14, "stats: 14 documents", str(body.get("documents")))
    before = stats()

    # lists: shape, filters, pagination
    for path, key, fields in [("/api/threats", "threats", {"actor", "likelihood", "places",
                                                           "window", "independent_sources"}),
                              ("/api/timeline", "events", {"kind", "date", "what", "place"}),
                              ("/api/claims", "claims", {"text", "holder", "chain", "certainty",
                                                         "independent_sources", "confidence",
                                                         "start", "end", "doc"}),
                              ("/api/entities", "entities", {"name", "type", "aliases"}),
                              ("/api/search?q=hotel", "hits", {"kind", "doc", "snippet"})]:
        st, h, body = s.get(path)
        if not json_ok(chk, path, st, h, body):
            continue
        items = body.get(key, [])
        chk.check(len(items) > 0, f"{path}: items", str(body)[:200])
        chk.check(all(fields <= set(i) for i in items), f"{path}: each item has {sorted(fields)}")
        chk.check("next_cursor" in body and "limit" in body, f"{path}: pagination fields")
        paged = pages(chk, s, path, key, 3)
        chk.check(json.dumps(paged, sort_keys=True) == json.dumps(items, sort_keys=True),
                  f"{path}: pages of 3 join up to the whole list",
                  f"{len(paged)} vs {len(items)}")
    st, h, body = s.get("/api/threats?place=Antalya")
    if json_ok(chk, "threats place", st, h, body):
        chk.check(body["threats"] and all("Türkiye" in (t["places"] or "") or "Antalya" in
                                          (t["places"] or "") for t in body["threats"]),
                  "threats?place=Antalya: threats to Antalya or its country", str(body)[:300])
    st, h, body = s.get("/api/threats?actor=Daesh")
    if json_ok(chk, "threats actor", st, h, body):
        chk.check(body["threats"] and all(t["actor"] == "ISIS" for t in body["threats"]),
                  "threats?actor=Daesh: the alias finds ISIS's threats", str(body)[:300])
    st, h, body = s.get("/api/claims?conflicts=1")
    if json_ok(chk, "claims conflicts", st, h, body):
        chk.check(body["claims"] and all(c["conflict"] for c in body["claims"]),
                  "claims?conflicts=1: only disagreeing clusters")
    st, h, body = s.get("/api/timeline?from=2024-06&to=2024-06")
    if json_ok(chk, "timeline dates", st, h, body):
        chk.check(body["events"] and all((e["date"] or "")[:7] <= "2024-06" for e in body["events"]),
                  "timeline?from&to: dated in range", str(body)[:300])
    st, h, body = s.get("/api/incidents?place=Mogadishu")
    if json_ok(chk, "incidents", st, h, body):
        ev = body.get("events", [])
        chk.check(ev and all(e["kind"] == "incident" and e["place"] == "Mogadishu" for e in ev),
                  "incidents?place=Mogadishu: the merged events there", str(body)[:300])
        chk.check(any(e["reports"] == 3 for e in ev), "incidents: the siege told by 3 documents")
    st, h, body = s.get("/api/timeline?kind=threat")
    if json_ok(chk, "timeline threats", st, h, body):
        chk.check(body["events"] and all(e["kind"] == "threat" for e in body["events"]),
                  "timeline?kind=threat: threats only")
    st, h, body = s.get("/api/entities/al-Shabaab")
    if json_ok(chk, "entity profile", st, h, body):
        ents = body.get("entities", [])
        chk.check(ents and ents[0]["type"] == "armed_group" and ents[0].get("mention_spans"),
                  "entities/al-Shabaab: the group's profile with its mentions", str(body)[:300])
    # a document with its spans
    st, h, body = s.get("/api/claims?limit=1")
    claim = body["claims"][0] if isinstance(body, dict) and body.get("claims") else None
    if claim:
        st, h, doc = s.get("/api/documents/" + claim["doc"])
        if json_ok(chk, "document", st, h, doc):
            text = doc["text"].encode()
            spans = doc["spans"]
            chk.check(all(0 <= x["start"] <= x["end"] <= len(text) for x in spans),
                      "document: spans inside the text")
            mine = [x for x in spans if x.get("claim") == claim["id"]]
            kinds = {x["kind"] for x in mine}
            chk.check({"claim", "holder"} <= kinds, "document: the claim and its holder marked",
                      str(kinds))
            sp = next((x for x in mine if x["kind"] == "claim"), None)
            chk.check(sp and text[sp["start"]:sp["end"]].decode() == claim["text"],
                      "document: the claim's span is its sentence")
            for x in mine:
                if x["kind"] == "holder":
                    chk.check(text[x["start"]:x["end"]].decode() in claim["text"],
                              "document: the holder is inside the sentence")
            chk.check(any(x["kind"] == "mention" and x.get("entity") for x in spans),
                      "document: mentions with their entity")
    if claim:
        st, h, body = s.get("/api/claims?limit=1000&doc=" + claim["doc"])
        if json_ok(chk, "claims doc", st, h, body):
            chk.check(body["claims"] and all(x["doc"] == claim["doc"] for x in body["claims"]),
                      "claims?doc=: that document's claims only", str(body)[:200])
            n = sum(1 for x in spans if x["kind"] == "claim")
            chk.check(len(body["claims"]) == n, "claims?doc=: as many as the document's claim spans",
                      f"{len(body['claims'])} vs {n}")
    st, h, body = s.get("/api/documents/no-such-document")
    json_ok(chk, "unknown document", st, h, body, 404)
    chk.check(isinstance(body, dict) and body.get("status") == 404 and body.get("error"),
              "unknown document: a JSON error")

    # errors
    for path, status in [("/api/nope", 404), ("/api/threats?limit=0", 400),
                         ("/api/threats?limit=5000", 400), ("/api/threats?cursor=-3", 400),
                         ("/api/threats?from=yesterday", 400), ("/api/search", 400),
                         ("/api/export?format=pdf", 400),
                         ("/api/export?format=stix&kind=claims", 400)]:
        st, h, body = s.get(path)
        chk.check(st == status and isinstance(body, dict) and body.get("status") == status
                  and body.get("error"), f"{path}: {status} with a JSON error", f"{st} {body}")
    st, h, body = s.req("PUT", "/api/threats")
    chk.check(st == 405, "PUT: 405", str(st))
    st, h, body = s.req("PUT", "/api/threats", body=b"z" * 200000)
    chk.check(st == 405, "PUT with a body: 405 (the body is not kept)", str(st))
    st, h, body = s.get("/api/threats?from=%FF")
    chk.check(st == 400 and isinstance(body, dict) and body.get("error"),
              "a parameter that is not UTF-8: 400 with a JSON error", f"{st} {body}")
    st, h, body = s.get("/api/entities/%21%21")
    chk.check(st == 200 and isinstance(body, dict) and body.get("entities") == [],
              "a name that folds to nothing finds nothing (not every entity)", str(body)[:200])
    st, h, body = s.get("/api/threats?place=%21")
    chk.check(st == 200 and body.get("threats") == [], "place=! finds nothing", str(body)[:200])

    # hostile text comes back as text
    st, h, body = s.get("/api/search?q=HOSTILE")
    hits = body.get("hits", []) if isinstance(body, dict) else []
    chk.check(bool(hits), "the hostile document is found")
    if hits:
        st, h, doc = s.get("/api/documents/" + hits[0]["doc"])
        chk.check(isinstance(doc, dict) and "<script>window.__pwned = 1</script>" in doc["text"],
                  "hostile text: returned verbatim inside a JSON string")
    # SQL-looking parameters are data
    for q in ["x' OR '1'='1", "x); DROP TABLE claims;--", "%' UNION SELECT 1--"]:
        enc = q.replace(" ", "%20").replace("'", "%27").replace(";", "%3B").replace("%'", "%25%27")
        st, h, body = s.get("/api/claims?about=" + enc)
        chk.check(st == 200 and body.get("claims") == [], f"about={q!r}: nothing found, no error",
                  f"{st} {str(body)[:200]}")
        st, h, body = s.get("/api/search?q=" + enc)
        chk.check(st in (200, 400) and isinstance(body, dict), f"search {q!r}: answered")
    chk.check(stats() == before, "SQL-looking parameters changed nothing")

    # static files and traversal
    st, h, data = s.req("GET", "/")
    chk.check(st == 200 and h.get("content-type", "").startswith("text/html"),
              "/: the dashboard", f"{st} {h.get('content-type')}")
    for path in ["/static/../../etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
                 "/static/%2e%2e/%2e%2e/etc/passwd", "/static/....//etc/passwd",
                 "/../../etc/passwd", "/static//etc/passwd", "/static/%00index.html"]:
        c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
        c.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        resp = b""
        while True:
            d = c.recv(65536)
            if not d:
                break
            resp += d
        c.close()
        code = int(resp.split(b" ", 2)[1]) if resp.startswith(b"HTTP/") else 0
        chk.check(code in (400, 404) and b"root:" not in resp, f"traversal {path}: refused",
                  resp[:120])

    # exports: the CLI's bytes, ETag, 304
    for fmt, args in [("stix", ""), ("geojson", "&place=Antalya"), ("csv", "&kind=claims")]:
        st, h, data = s.req("GET", f"/api/export?format={fmt}{args}")
        cli = ["export", "--db", db, "--format", fmt]
        if args:
            k, v = args[1:].split("=")
            cli += [f"--{k}", v]
        want = subprocess.run([b] + cli, capture_output=True).stdout
        chk.check(st == 200 and data == want, f"export {fmt}{args}: the CLI's bytes",
                  f"{st} {len(data)} vs {len(want)}")
        etag = h.get("etag")
        chk.check(bool(etag), f"export {fmt}: an ETag")
        st, h2, data = s.req("GET", f"/api/export?format={fmt}{args}",
                             headers={"If-None-Match": etag or "x"})
        chk.check(st == 304 and not data, f"export {fmt}: 304 on If-None-Match", str(st))

    # writes: token
    sample = HOSTILE.replace("HOSTILE CITY", "ANTALYA").encode()
    for hdr, what in [({}, "no token"), ({"Authorization": "Bearer wrong-token-0123456789abcd"},
                                        "wrong token"),
                      ({"Authorization": "Bearer " + TOKEN[:-1]}, "a prefix of the token"),
                      ({"Authorization": "Bearer " + TOKEN + "x"}, "the token and more"),
                      ({"Authorization": TOKEN}, "no Bearer")]:
        st, h, body = s.req("POST", "/api/ingest", body=sample, headers=hdr)
        chk.check(st == 401, f"ingest with {what}: 401", str(st))
        st, h, body = s.req("POST", "/api/sources/grade", body=b'{"name":"Reuters","grade":"A1"}',
                            headers=hdr)
        chk.check(st == 401, f"grade with {what}: 401", str(st))
    chk.check(stats() == before, "refused writes changed nothing")
    auth = {"Authorization": "Bearer " + TOKEN}
    # over the limit: 413 before the body is all sent
    c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    c.sendall(("POST /api/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN +
               "\r\nContent-Type: text/plain\r\nContent-Length: 50000000\r\n\r\n").encode())
    c.sendall(b"x" * 1000)
    resp = c.recv(4096)
    c.close()
    chk.check(resp.startswith(b"HTTP/1.1 413"), "a 50 MB body: 413 before it is sent",
              resp[:80])
    # declared within the limit, sent over it (chunked: no length given)
    c = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    c.sendall(("POST /api/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TOKEN +
               "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").encode())
    resp = b""
    try:
        for _ in range(20):
            c.sendall(b"10000\r\n" + b"y" * 0x10000 + b"\r\n")
        c.sendall(b"0\r\n\r\n")
    except OSError:
        pass
    try:
        while True:
            d = c.recv(65536)
            if not d:
                break
            resp += d
    except OSError:
        pass
    c.close()
    chk.check(resp.startswith(b"HTTP/1.1 413"), "a chunked body past --max-body: 413", resp[:80])
    chk.check(stats() == before, "oversize bodies changed nothing")
    # a slow client is dropped
    c = socket.create_connection(("127.0.0.1", s.port), timeout=15)
    c.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n")
    t0 = time.time()
    try:
        got = c.recv(100)
    except socket.timeout:
        got = None
    dt = time.time() - t0
    c.close()
    chk.check(got == b"" and dt < 12, "an idle half-sent request is closed after --timeout",
              f"{got!r} after {dt:.1f}s")

    # writes with the token, reads during an ingest
    errors = []

    def reader():
        for _ in range(30):
            try:
                st, h, body = s.get("/api/threats?limit=5")
                if st != 200:
                    errors.append(st)
            except Exception as e:  # noqa: BLE001
                errors.append(str(e))
    t = threading.Thread(target=reader)
    t.start()
    lines = "\n".join(json.dumps({"id": f"api-{i}", "text": HOSTILE.replace(
        "HOSTILE CITY", f"ANTALYA {i}"), "published": "2024-05-02"}) for i in range(20))
    st, h, body = s.req("POST", "/api/ingest", body=lines.encode(),
                        headers=dict(auth, **{"Content-Type": "application/x-ndjson"}))
    t.join()
    res = json.loads(body) if st == 200 else {}
    chk.check(st == 200 and res.get("stored") == 20, "ingest 20 JSON lines with the token",
              f"{st} {body[:200]}")
    chk.check(not errors, "reads answered while the ingest ran", str(errors[:3]))
    chk.check(stats()["documents"] == before["documents"] + 20, "the base has the 20 new documents")
    st, h, body = s.req("POST", "/api/ingest", body=sample, headers=auth)
    chk.check(st == 200 and json.loads(body).get("stored") == 1, "ingest one text document")
    st, h, body = s.req("POST", "/api/sources/grade", body=b'{"name":"Sahel Daily","grade":"B2"}',
                        headers=auth)
    chk.check(st == 200, "grade a source with the token", str(body))
    st, h, body = s.req("POST", "/api/sources/grade", body=b'{"name":"x","grade":"Z9"}',
                        headers=auth)
    chk.check(st == 400, "a bad grade: 400", str(st))
    st, h, body = s.get("/api/stats")
    chk.check(body.get("graded_sources", 0) >= 1, "the grade is stored")
    st, h, data = s.req("GET", "/metrics")
    text = data.decode()
    chk.check(st == 200 and h.get("content-type", "").startswith("text/plain"), "metrics: text")
    for name in ["vigil_http_requests_total{route=\"threats\",code=\"2xx\"}",
                 "vigil_http_request_duration_seconds_bucket{le=\"+Inf\"}",
                 "vigil_http_request_duration_seconds_count", "vigil_documents_ingested_total 21",
                 "vigil_database_bytes"]:
        chk.check(name in text, f"metrics: {name}", text[:300])


def check_shutdown(chk, b, db, tmp):
    """SIGTERM while an export is in flight: it completes, then the server exits;
    an idle keep-alive connection does not hold the stop."""
    s = lib.Server(b, db, tmp, token=TOKEN, timeout=2)
    idle = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
    idle.request("GET", "/healthz")
    idle.getresponse().read()  # kept open, idle
    out = {}

    def slow():
        try:
            out["r"] = s.req("GET", "/api/export?format=stix")
        except Exception as e:  # noqa: BLE001
            out["e"] = str(e)
    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.05)
    t0 = time.time()
    rc, _ = s.stop()
    t.join()
    chk.check(time.time() - t0 < 8, "SIGTERM: an idle keep-alive connection does not hold the stop",
              f"{time.time() - t0:.1f} s")
    idle.close()
    chk.check("r" in out and out["r"][0] == 200 and out["r"][2].endswith(b"}\n"),
              "SIGTERM: the export in flight completes", str(out.get("e")))
    chk.check(rc == 0, "SIGTERM: exit 0", str(rc))


def check_auth_reads(chk, b, db, tmp):
    s = lib.Server(b, db, tmp, "--auth-reads", token=TOKEN, timeout=2)
    try:
        st, h, body = s.get("/api/threats")
        chk.check(st == 401, "--auth-reads: a read without the token is 401", str(st))
        st, h, body = s.get("/api/threats", headers={"Authorization": "Bearer " + TOKEN})
        chk.check(st == 200, "--auth-reads: with the token 200", str(st))
        st, h, body = s.get("/healthz")
        chk.check(st == 200, "--auth-reads: healthz stays open", str(st))
    finally:
        s.stop()


if __name__ == "__main__":
    main()
