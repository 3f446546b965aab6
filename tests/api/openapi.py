#!/usr/bin/env python3
"""spec/openapi.json against the live server and docs/api.md (ctest api-openapi).

1. The document: OpenAPI 3.1 structure, every JSON Schema valid (Draft
   2020-12), every $ref resolves, path parameters declared, operation ids
   unique.
2. Routes: the paths src/serve/serve.c routes (read from its strcmp/strncmp
   tests) are the spec's paths, both ways; live, every declared operation is
   served and every undeclared method on a spec path is not.
3. Live: a database built from tests/kb/fixtures with `vigil ingest`, three
   servers (token; no token; --auth-reads). Every endpoint is called (filters,
   every page of each list, every document, every export format, 304, the
   errors 400/401/403/404/413, writes with the token) and each answer is
   checked against the spec's response for its path, method and status:
   the status is declared, the Content-Type is one of its media types, the
   JSON body validates against its schema, the required headers are there
   and valid. Every operation gets at least one validated 2xx.
4. docs/api.md: one section per operation ("### METHOD PATH") with a curl
   command whose path and query parameters the spec declares, and a response
   that validates against the spec (JSON ones); every option of
   `vigil serve --help` and every metric the server exposes is documented.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import lib  # noqa: E402
import jsonschema  # noqa: E402
from referencing import Registry, Resource  # noqa: E402
from referencing.jsonschema import DRAFT202012  # noqa: E402

FIXTURES = os.path.join(lib.ROOT, "tests", "kb", "fixtures", "fixtures.jsonl")
TOKEN = "openapi-token-0123456789abcdef"
URI = "urn:vigil:openapi"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_BODY = 200000
SAMPLE = ("ANTALYA, May 2 - Police said gunmen attacked a hotel in Antalya on Monday, "
          "killing three people.")


def esc(key):
    return key.replace("~", "~0").replace("/", "~1")


class Spec:
    """The document, $ref resolution, and validators by JSON pointer."""

    def __init__(self, doc):
        self.doc = doc
        self.registry = Registry().with_resource(URI, Resource(doc, DRAFT202012))
        self.cache = {}

    def at(self, pointer):
        node = self.doc
        for part in pointer.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def follow(self, node, pointer):
        """node (at pointer), its $ref followed (Reference Objects)."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 10:
            r = node["$ref"]
            if not r.startswith("#/"):
                raise KeyError(f"{pointer}: $ref {r} is not local")
            pointer = r[1:]
            node = self.at(pointer)
            seen += 1
        return node, pointer

    def validator(self, pointer):
        if pointer not in self.cache:
            frag = urllib.parse.quote(pointer, safe="/~")
            self.cache[pointer] = jsonschema.Draft202012Validator(
                {"$ref": f"{URI}#{frag}"}, registry=self.registry)
        return self.cache[pointer]

    def errors(self, pointer, value):
        v = self.validator(pointer)
        return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}"
                for e in v.iter_errors(value)][:5]

    def operations(self):
        for path, item in self.doc.get("paths", {}).items():
            for m in METHODS:
                if m in item:
                    yield path, m, item[m]


# ---- 1. the document ----

def walk_refs(node, where, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                out.append((where, v))
            else:
                walk_refs(v, f"{where}/{esc(str(k))}", out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk_refs(v, f"{where}/{i}", out)


def check_document(chk, spec):
    d = spec.doc
    chk.check(d.get("openapi", "").startswith("3.1."), "spec: openapi 3.1.x", d.get("openapi"))
    chk.check(d.get("jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base") in
              ("https://json-schema.org/draft/2020-12/schema",
               "https://spec.openapis.org/oas/3.1/dialect/base"), "spec: a 2020-12 dialect")
    chk.check(bool(d.get("info", {}).get("title")) and bool(d.get("info", {}).get("version")),
              "spec: info.title and info.version")
    bearer = d.get("components", {}).get("securitySchemes", {}).get("bearerAuth", {})
    chk.check(bearer.get("type") == "http" and bearer.get("scheme") == "bearer",
              "spec: bearerAuth is an http bearer scheme", str(bearer))
    refs = []
    walk_refs(d, "", refs)
    bad = []
    for where, r in refs:
        try:
            if not r.startswith("#/"):
                raise KeyError(r)
            spec.at(r[1:])
        except (KeyError, IndexError, ValueError):
            bad.append(f"{where}: {r}")
    chk.check(not bad, f"spec: all {len(refs)} $refs resolve", str(bad[:5]))
    bad = []
    for name, s in d.get("components", {}).get("schemas", {}).items():
        try:
            jsonschema.Draft202012Validator.check_schema(s)
        except jsonschema.SchemaError as e:
            bad.append(f"{name}: {e.message}")
    chk.check(not bad, "spec: every component schema is valid JSON Schema 2020-12", str(bad[:3]))
    ids, bad = set(), []
    for path, m, op in spec.operations():
        what = f"{m.upper()} {path}"
        oid = op.get("operationId")
        if not oid or oid in ids:
            bad.append(f"{what}: operationId {oid!r} missing or repeated")
        ids.add(oid)
        if not op.get("responses"):
            bad.append(f"{what}: no responses")
        params = [spec.follow(p, "")[0] for p in
                  d["paths"][path].get("parameters", []) + op.get("parameters", [])]
        declared = {p["name"] for p in params if p.get("in") == "path"}
        wanted = set(re.findall(r"\{([^}]+)\}", path))
        if declared != wanted:
            bad.append(f"{what}: path parameters {sorted(declared)} vs {sorted(wanted)}")
        for p in params:
            if p.get("in") == "path" and p.get("required") is not True:
                bad.append(f"{what}: path parameter {p.get('name')} not required")
            if "schema" not in p or p.get("in") not in ("query", "path", "header", "cookie"):
                bad.append(f"{what}: parameter {p.get('name')} without schema or place")
            elif "schema" in p:
                try:
                    jsonschema.Draft202012Validator.check_schema(p["schema"])
                    v = jsonschema.Draft202012Validator(p["schema"])
                    if "example" in p and not v.is_valid(p["example"]):
                        bad.append(f"{what}: parameter {p['name']}: example not valid")
                except jsonschema.SchemaError as e:
                    bad.append(f"{what}: parameter {p['name']}: {e.message}")
        for code, r in op.get("responses", {}).items():
            r, _ = spec.follow(r, "")
            if not re.fullmatch(r"[1-5](\d\d|XX)|default", code) or "description" not in r:
                bad.append(f"{what}: response {code} malformed")
        sec = op.get("security", d.get("security"))
        if m == "post" and sec != [{"bearerAuth": []}]:
            bad.append(f"{what}: a write must require bearerAuth")
        if m == "post" and "requestBody" not in op:
            bad.append(f"{what}: no requestBody")
        for q in params:
            if q.get("name") == "limit":
                s = q.get("schema", {})
                if (s.get("minimum"), s.get("maximum")) != (1, 1000):
                    bad.append(f"{what}: limit is not 1..1000")
    chk.check(not bad, "spec: operations well formed (ids, responses, parameters, security)",
              "\n    ".join(bad[:8]))
    return ids


# ---- 2. routes ----

def server_routes(serve_c):
    """The paths serve.c routes: exact URLs, and prefixes (a path parameter)."""
    with open(serve_c, encoding="utf-8") as f:
        src = f.read()
    exact, prefix = set(), set()
    for fn, var, lit in re.findall(r'\b(strn?cmp)\((url|path),\s*"([^"]*)"', src):
        full = lit if var == "url" else "/api/" + lit
        if fn == "strcmp":
            exact.add(full)
        elif full != "/api/":  # the dispatcher into get_api(), not a route
            prefix.add(full)
    return exact, prefix


def check_routes(chk, spec, serve_c):
    exact, prefix = server_routes(serve_c)
    chk.check(len(exact) >= 10 and len(prefix) >= 2, "routes: read from serve.c",
              f"{sorted(exact)} {sorted(prefix)}")
    paths = set(spec.doc.get("paths", {}))
    spec_exact = {p for p in paths if "{" not in p}
    spec_prefix = {p.split("{")[0] for p in paths if "{" in p}
    chk.check(exact == spec_exact, "routes: the server's exact paths are the spec's",
              f"only server: {sorted(exact - spec_exact)}; only spec: {sorted(spec_exact - exact)}")
    chk.check(prefix == spec_prefix, "routes: the server's path prefixes are the spec's "
              "templated paths", f"only server: {sorted(prefix - spec_prefix)}; "
              f"only spec: {sorted(spec_prefix - prefix)}")


# ---- 3. live ----

class Live:
    """Calls and checks each answer against the spec."""

    LISTS = ("threats", "events", "claims", "entities", "hits")

    def __init__(self, chk, spec):
        self.chk = chk
        self.spec = spec
        self.ok2xx = set()      # (method, path) with a validated 2xx
        self.statuses = set()   # (method, path, status) seen
        self.bodies = 0

    def template_of(self, method, url):
        path = urllib.parse.urlsplit(url).path
        best = None
        for tmpl, item in self.spec.doc["paths"].items():
            rx = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(tmpl)) + "$"
            if re.match(rx, path) and method in item:
                if best is None or "{" not in tmpl:
                    best = tmpl
        return best

    def check(self, method, url, st, h, data, tmpl=None, want=None):
        """Validates one answer; returns the parsed JSON body (or None)."""
        chk = self.chk
        what = f"{method.upper()} {url} -> {st}"
        if want is not None and not chk.check(st == want, f"{method.upper()} {url}: status {want}",
                                              f"{st} {data[:200]!r}"):
            return None
        tmpl = tmpl or self.template_of(method, url)
        if not chk.check(tmpl is not None, f"{what}: a spec path for it"):
            return None
        op = self.spec.doc["paths"][tmpl][method]
        base = f"/paths/{esc(tmpl)}/{method}/responses"
        if not chk.check(str(st) in op["responses"], f"{what}: status declared in the spec",
                         f"declared: {sorted(op['responses'])}"):
            return None
        self.statuses.add((method, tmpl, st))
        resp, rptr = self.spec.follow(op["responses"][str(st)], f"{base}/{st}")
        for name, hd in resp.get("headers", {}).items():
            hd, hptr = self.spec.follow(hd, f"{rptr}/headers/{esc(name)}")
            val = h.get(name.lower())
            if hd.get("required"):
                if not chk.check(val is not None, f"{what}: header {name}"):
                    continue
            if val is not None and "schema" in hd:
                errs = self.spec.errors(hptr + "/schema", val)
                chk.check(not errs, f"{what}: header {name} valid", str(errs))
        content = resp.get("content")
        body = None
        if not content:
            chk.check(not data, f"{what}: no body", data[:100])
        else:
            ctype = h.get("content-type", "").split(";")[0].strip()
            if not chk.check(ctype in content, f"{what}: Content-Type {ctype} declared",
                             f"declared: {sorted(content)}"):
                return None
            media = content[ctype]
            sptr = f"{rptr}/content/{esc(ctype)}/schema"
            if ctype == "application/json" or ctype.endswith("+json"):
                try:
                    body = json.loads(data)
                except ValueError as e:
                    chk.check(False, f"{what}: JSON body", str(e))
                    return None
            elif "schema" in media:
                body = data.decode("utf-8")
            if "schema" in media:
                errs = self.spec.errors(sptr, body)
                self.bodies += 1
                if not chk.check(not errs, f"{what}: body matches {tmpl} {st}",
                                 "\n    ".join(errs)):
                    return body
        if isinstance(body, dict) and "next_cursor" in body:
            keys = [k for k in self.LISTS if isinstance(body.get(k), list)]
            if chk.check(len(keys) == 1, f"{what}: one list", str(list(body))):
                items = body[keys[0]]
                q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
                chk.check(body.get("count") == len(items) and len(items) <= body.get("limit", 0),
                          f"{what}: count is the items' number, at most limit")
                chk.check(body.get("limit") == int(q.get("limit", 100)) and
                          body.get("offset") == int(q.get("cursor", 0)),
                          f"{what}: limit and offset are the request's")
                chk.check((body["next_cursor"] is None) == (len(items) < body["limit"]),
                          f"{what}: next_cursor null exactly on a short page")
        if 200 <= st < 300:
            self.ok2xx.add((method, tmpl))
        return body

    def call(self, s, method, url, want=None, body=None, headers=None, tmpl=None):
        st, h, data = s.req(method.upper(), url, body=body, headers=headers)
        return self.check(method, url, st, h, data, tmpl=tmpl, want=want)

    def pages(self, s, url, limit):
        """Every page of a list; returns all its items."""
        out = []
        for _, body in lib.pages(lambda u: self.call(s, "get", u, want=200), url, limit):
            key = next((k for k in self.LISTS if k in body), None)
            out += body.get(key, [])
        return out


def run_live(chk, spec, b, db, tmp):
    live = Live(chk, spec)
    auth = {"Authorization": "Bearer " + TOKEN}
    s = lib.Server(b, db, tmp, token=TOKEN, max_body=MAX_BODY)
    docs = set()
    try:
        live.call(s, "get", "/healthz", want=200)
        live.call(s, "get", "/metrics", want=200)
        stats = live.call(s, "get", "/api/stats", want=200) or {}
        for url in ["/api/threats", "/api/threats?place=Antalya", "/api/threats?actor=Daesh",
                    "/api/threats?from=2024-05&to=2024-06-30", "/api/timeline",
                    "/api/timeline?place=Mogadishu", "/api/timeline?actor=al-Shabaab&from=2024",
                    "/api/timeline?kind=threat", "/api/incidents", "/api/incidents?place=Mogadishu",
                    "/api/claims", "/api/claims?conflicts=1", "/api/claims?about=al-Shabaab",
                    "/api/claims?holder=police", "/api/claims?from=2024-06&to=2024-06",
                    "/api/entities", "/api/entities?q=Daesh", "/api/entities?q=nobody-at-all",
                    "/api/search?q=hotel", "/api/search?q=Mogadishu%20hotel",
                    "/api/search?q=x%27%20OR%20%271%27%3D%271"]:
            body = live.call(s, "get", url, want=200)
            for k in Live.LISTS:
                for it in (body or {}).get(k, []) if isinstance(body, dict) else []:
                    if isinstance(it, dict) and isinstance(it.get("doc"), str):
                        docs.add(it["doc"])
        for url, key in [("/api/threats", "threats"), ("/api/timeline", "events"),
                         ("/api/claims", "claims"), ("/api/entities", "entities"),
                         ("/api/search?q=police", "hits")]:
            items = live.pages(s, url, 7)
            chk.check(len(items) > 0, f"{url}: pages of 7 hold items")
        for name in ["Daesh", "%C4%B0stanbul", "istanbul", "al-Shabaab", "nobody-at-all"]:
            body = live.call(s, "get", f"/api/entities/{name}?limit=5", want=200)
            if name != "nobody-at-all":
                chk.check(isinstance(body, dict) and len(body.get("entities", [])) >= 1,
                          f"/api/entities/{name}: a profile")
        chk.check(len(docs) >= stats.get("documents", 0) - 1 and len(docs) >= 10,
                  "documents reached through the lists", f"{len(docs)} of {stats.get('documents')}")
        for d in sorted(docs):
            live.call(s, "get", "/api/documents/" + urllib.parse.quote(d, safe=""), want=200)
        for q in ["format=stix", "format=geojson", "format=geojson&place=Antalya",
                  "format=geojson&actor=ISIS&from=2024-05", "format=csv",
                  "format=csv&kind=incidents", "format=csv&kind=threats",
                  "format=csv&kind=claims", "format=csv&kind=entities", "",
                  "format=stix&doc=mog-eam-0616"]:
            url = "/api/export" + ("?" + q if q else "")
            st, h, data = s.req("GET", url)
            live.check("get", url, st, h, data, want=200)
            if h.get("etag"):
                st, h, data = s.req("GET", url, headers={"If-None-Match": h["etag"]})
                live.check("get", url, st, h, data, want=304)
        for url in ["/", "/index.html", "/static/index.html"]:
            live.call(s, "get", url, want=200)

        # errors
        for url, want in [("/api/threats?limit=0", 400), ("/api/threats?limit=1001", 400),
                          ("/api/claims?cursor=abc", 400), ("/api/timeline?from=yesterday", 400),
                          ("/api/timeline?kind=both", 400),
                          ("/api/entities?limit=x", 400), ("/api/search", 400),
                          ("/api/search?q=hotel&limit=-1", 400),
                          ("/api/export?format=pdf", 400),
                          ("/api/export?format=stix&kind=claims", 400),
                          ("/api/export?format=csv&to=soon", 400),
                          ("/api/documents/no-such-document", 404),
                          ("/static/no-such-file.js", 404)]:
            live.call(s, "get", url, want=want)
        before = live.call(s, "get", "/api/stats", want=200)
        for hdr in [{}, {"Authorization": "Bearer wrong-token-0123456789abcdef"},
                    {"Authorization": TOKEN}]:
            live.call(s, "post", "/api/ingest", want=401, body=SAMPLE.encode(),
                      headers=dict(hdr, **{"Content-Type": "text/plain"}))
            live.call(s, "post", "/api/sources/grade", want=401,
                      body=b'{"name":"Reuters","grade":"A1"}', headers=hdr)
        for path in ["/api/ingest", "/api/sources/grade"]:
            st, h, data = s.raw(f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                f"{TOKEN}\r\nContent-Type: text/plain\r\nContent-Length: "
                                f"{MAX_BODY * 10}\r\nConnection: close\r\n\r\n")
            live.check("post", path, st, h, data, want=413)
        for body in [b'{"name":"Reuters","grade":"Z9"}', b'{"name":"Reuters"}', b"not json"]:
            live.call(s, "post", "/api/sources/grade", want=400, body=body,
                      headers=dict(auth, **{"Content-Type": "application/json"}))
        chk.check(live.call(s, "get", "/api/stats", want=200) == before,
                  "refused writes changed nothing")

        # writes with the token
        r = live.call(s, "post", "/api/ingest", want=200, body=SAMPLE.encode(),
                      headers=dict(auth, **{"Content-Type": "text/plain"}))
        chk.check(isinstance(r, dict) and r.get("stored") == 1, "ingest text: stored 1", str(r))
        lines = "\n".join(json.dumps({"id": f"openapi-{i}", "text": SAMPLE.replace(
            "ANTALYA", f"ANTALYA {i}"), "published": "2024-05-02"}) for i in range(3))
        r = live.call(s, "post", "/api/ingest", want=200, body=lines.encode(),
                      headers=dict(auth, **{"Content-Type": "application/x-ndjson"}))
        chk.check(isinstance(r, dict) and r.get("stored") == 3, "ingest JSON lines: stored 3",
                  str(r))
        live.call(s, "post", "/api/sources/grade", want=200,
                  body=b'{"name":"East Africa Monitor","grade":"B2"}',
                  headers=dict(auth, **{"Content-Type": "application/json"}))
        after = live.call(s, "get", "/api/stats", want=200) or {}
        chk.check(after.get("documents") == (before or {}).get("documents", -9) + 4 and
                  after.get("graded_sources", 0) >= 1, "the writes are stored")
        live.call(s, "get", "/api/claims?holder=East%20Africa%20Monitor", want=200)

        # methods: declared ones are served, others are not
        for tmpl, item in spec.doc["paths"].items():
            url = instantiate(spec, tmpl)
            for m in ("get", "post"):
                if m in item:
                    continue
                hdr = dict(auth, **{"Content-Type": "text/plain"})
                st, h, data = s.req(m.upper(), url, body=b"" if m == "post" else None,
                                    headers=hdr if m == "post" else None)
                chk.check(st in (404, 405), f"{m.upper()} {url}: not served (not in the spec)",
                          str(st))
        for url in ["/api/incident", "/api/nope", "/nope"]:
            st, h, data = s.req("GET", url)
            chk.check(st == 404, f"GET {url}: 404 (not in the spec)", str(st))
        st, h, data = s.req("DELETE", "/api/threats")
        chk.check(st == 405, "DELETE: 405", str(st))
        st, h, data = s.req("GET", "/metrics")
        metrics = data.decode()
    finally:
        s.check_stop(chk, "server")

    # no token file: writes are off
    s = lib.Server(b, db, tmp, max_body=MAX_BODY)
    try:
        for path, body in [("/api/ingest", SAMPLE.encode()),
                           ("/api/sources/grade", b'{"name":"Reuters","grade":"A1"}')]:
            live.call(s, "post", path, want=403, body=body, headers=auth)
    finally:
        s.check_stop(chk, "server without a token")
    # --auth-reads
    s = lib.Server(b, db, tmp, "--auth-reads", token=TOKEN, max_body=MAX_BODY)
    try:
        for url in ["/metrics", "/api/stats", "/api/threats", "/api/timeline", "/api/claims",
                    "/api/entities", "/api/entities/ISIS", "/api/search?q=hotel",
                    "/api/documents/mog-eam-0616", "/api/export?format=csv"]:
            live.call(s, "get", url, want=401)
        live.call(s, "get", "/api/threats?limit=1", want=200, headers=auth)
        live.call(s, "get", "/healthz", want=200)
        live.call(s, "get", "/", want=200)
    finally:
        s.check_stop(chk, "server with --auth-reads")

    ops = {(m, p) for p, m, _ in spec.operations()}
    chk.check(ops <= live.ok2xx, "live: every operation answered a validated 2xx",
              str(sorted(ops - live.ok2xx)))
    for code in (400, 401, 403, 404, 413):
        chk.check(any(st == code for _, _, st in live.statuses), f"live: a {code} was checked")
    return live, metrics


def instantiate(spec, tmpl):
    """A URL for tmpl with the path parameters' examples."""
    item = spec.doc["paths"][tmpl]
    ex = {}
    for m in METHODS:
        for p in item.get(m, {}).get("parameters", []):
            p, _ = spec.follow(p, "")
            if p.get("in") == "path":
                ex[p["name"]] = str(p.get("example", "x"))
    return re.sub(r"\{([^}]+)\}", lambda mm: urllib.parse.quote(ex.get(mm.group(1), "x")), tmpl)


# ---- 4. docs/api.md ----

def sections(md):
    """{(method, path): section text} of the "### METHOD PATH" headings."""
    out = {}
    parts = re.split(r"(?m)^(#{2,3} .*)$", md)
    for i in range(1, len(parts), 2):
        m = re.match(r"### (GET|POST|PUT|DELETE|HEAD) (/\S*)\s*$", parts[i])
        if m:
            out[(m.group(1).lower(), m.group(2))] = parts[i + 1]
    return out


def fences(text):
    return re.findall(r"(?ms)^```([a-z]*)\n(.*?)^```", text)


def check_docs(chk, spec, docs_path, b, metrics):
    with open(docs_path, encoding="utf-8") as f:
        md = f.read()
    secs = sections(md)
    ops = {(m, p): op for p, m, op in spec.operations()}
    chk.check(set(secs) == set(ops), "docs: one \"### METHOD PATH\" section per operation",
              f"missing: {sorted(set(ops) - set(secs))}; extra: {sorted(set(secs) - set(ops))}")
    for (m, path), op in sorted(ops.items()):
        text = secs.get((m, path))
        if text is None:
            continue
        what = f"docs {m.upper()} {path}"
        blocks = fences(text)
        curls = [c for lang, c in blocks if lang in ("sh", "bash", "console") and "curl" in c]
        if not chk.check(bool(curls), f"{what}: a curl example"):
            continue
        cmd = curls[0]
        urls = re.findall(r"https?://[^\s'\"]+", cmd)
        rx = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/?]+", re.escape(path)) + "$"
        u = urllib.parse.urlsplit(urls[0]) if urls else None
        chk.check(u is not None and re.match(rx, u.path), f"{what}: the curl URL is this path",
                  str(urls))
        if u:
            declared = set()
            for p in spec.doc["paths"][path].get("parameters", []) + op.get("parameters", []):
                p, _ = spec.follow(p, "")
                if p.get("in") == "query":
                    declared.add(p["name"])
            used = {k for k, _ in urllib.parse.parse_qsl(u.query, keep_blank_values=True)}
            chk.check(used <= declared, f"{what}: the example's parameters are declared",
                      str(sorted(used - declared)))
        if m == "post":
            chk.check(re.search(r"(-X POST|--data|-d )", cmd) and "Authorization: Bearer" in cmd,
                      f"{what}: the example POSTs with a bearer token")
        answers = [(lang, c) for lang, c in blocks if c not in curls]
        if not chk.check(bool(answers), f"{what}: an example answer"):
            continue
        ok = sorted(c for c in op["responses"] if c.startswith("2"))
        resp, rptr = spec.follow(op["responses"][ok[0]],
                                 f"/paths/{esc(path)}/{m}/responses/{ok[0]}")
        jtypes = [t for t in resp.get("content", {}) if t.endswith("json") and
                  "schema" in resp["content"][t]]
        for lang, body in answers:
            if lang != "json":
                continue
            try:
                val = json.loads(body)
            except ValueError as e:
                chk.check(False, f"{what}: the example answer is JSON", str(e))
                continue
            errs = None
            for t in jtypes:
                errs = spec.errors(f"{rptr}/content/{esc(t)}/schema", val)
                if not errs:
                    break
            chk.check(jtypes and not errs, f"{what}: the example answer matches the spec",
                      str(errs))
    # errors section examples
    errs_sec = re.search(r"(?ms)^## Errors\n(.*?)(?=^## )", md)
    ex = [json.loads(c) for lang, c in fences(errs_sec.group(1)) if lang == "json"] \
        if errs_sec else []
    chk.check(bool(ex) and all(not spec.errors("/components/schemas/Error", e) for e in ex),
              "docs: the error examples match the Error schema")
    # every option of vigil serve --help
    p = subprocess.run([b, "serve", "--help"], capture_output=True, text=True)
    opts = set(re.findall(r"(?m)^\s+(?:-\w, )?(--[a-z-]+)", p.stdout))
    missing = sorted(o for o in opts if o not in md)
    chk.check(len(opts) >= 7 and not missing, "docs: every option of `vigil serve --help`",
              str(missing))
    # every metric the server exposes, and no other
    live = set(re.findall(r"(?m)^# TYPE (\w+)", metrics))
    named = set(re.findall(r"\bvigil_[a-z_]+(?=[{ `]|$)", md, re.M))
    named = {n for n in named if not n.endswith(("_bucket", "_sum", "_count"))}
    chk.check(len(live) >= 4 and live == named, "docs: the metrics are the server's",
              f"only live: {sorted(live - named)}; only docs: {sorted(named - live)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--spec", default=os.path.join(lib.ROOT, "spec", "openapi.json"))
    ap.add_argument("--docs", default=os.path.join(lib.ROOT, "docs", "api.md"))
    ap.add_argument("--serve-c", default=os.path.join(lib.ROOT, "src", "serve", "serve.c"))
    a = ap.parse_args()
    b = os.path.abspath(a.bin)
    chk = lib.Checker("api-openapi")
    with open(a.spec, encoding="utf-8") as f:
        spec = Spec(json.load(f))
    check_document(chk, spec)
    check_routes(chk, spec, a.serve_c)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "kb.db")
        p = subprocess.run([b, "ingest", "-q", "--db", db, FIXTURES], capture_output=True)
        if not chk.check(p.returncode == 0, "fixtures ingested", p.stderr.decode()[-300:]):
            chk.finish()
        live, metrics = run_live(chk, spec, b, db, tmp)
        print(f"api-openapi: {live.bodies} answers validated against the spec, "
              f"{len(live.statuses)} (method, path, status) combinations")
    check_docs(chk, spec, a.docs, b, metrics)
    chk.finish()


if __name__ == "__main__":
    main()
