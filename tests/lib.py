"""Shared helpers for the Python test drivers (golden, bad input, CLI, API).

Each driver runs the real `vigil` binary and checks what it writes. Records
are validated against spec/document.schema.json with python3-jsonschema.
"""
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys

try:
    import jsonschema
except ImportError:  # pragma: no cover - install-deps.sh installs it
    sys.exit("python3-jsonschema is missing: run scripts/install-deps.sh")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Checker:
    """Counts checks; prints failures; ends with the 'N passed, N failed' line."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failed = 0

    def check(self, cond, what, detail=""):
        if cond:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {self.name}: {what}" + (f"\n    {detail}" if detail else ""))
        return cond

    def finish(self):
        print(f"{self.name}: {self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)


def load_validator(schema_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_errors(validator, record):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(record)]


def run(bin_path, args, stdin=None, cwd=None, timeout=120):
    """Runs vigil; returns (exit code, stdout str, stderr str)."""
    p = subprocess.run([bin_path] + list(args), input=stdin, cwd=cwd, capture_output=True,
                       timeout=timeout)
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def records(stdout):
    """Parses JSON Lines output; raises on a line that is not JSON."""
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


class Server:
    """`vigil serve` on a free loopback port for the API drivers: a token
    file guards writes when token is given; extra arguments follow."""

    def __init__(self, b, db, tmp, *extra, token=None, timeout=5, max_body=1000000):
        args = [b, "serve", "--db", db, "--listen", "127.0.0.1:0", "--timeout", str(timeout),
                "--max-body", str(max_body)]
        if token:
            tok = os.path.join(tmp, "token")
            with open(tok, "w") as f:
                f.write(token + "\n")
            args += ["--token-file", tok]
        self.p = subprocess.Popen(args + list(extra), stderr=subprocess.PIPE, text=True)
        line = self.p.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.p.kill()
            raise RuntimeError("no listen line: " + line)
        self.port = int(m.group(1))

    def req(self, method, path, body=None, headers=None, timeout=60):
        """One request; returns (status, headers with lower-case names, body bytes)."""
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        data = r.read()
        c.close()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data

    def get(self, path, **kw):
        """GET; the body decoded as JSON when it is JSON."""
        st, h, data = self.req("GET", path, **kw)
        try:
            return st, h, json.loads(data)
        except ValueError:
            return st, h, data

    def raw(self, head):
        """Sends only the head of a request; returns (status, headers, body)."""
        c = socket.create_connection(("127.0.0.1", self.port), timeout=30)
        c.sendall(head.encode())
        resp = b""
        try:
            while True:
                d = c.recv(65536)
                if not d:
                    break
                resp += d
                if b"\r\n\r\n" in resp:
                    h, _, rest = resp.partition(b"\r\n\r\n")
                    m = re.search(rb"(?i)content-length:\s*(\d+)", h)
                    if m and len(rest) >= int(m.group(1)):
                        break
        except OSError:
            pass
        c.close()
        h, _, body = resp.partition(b"\r\n\r\n")
        lines = h.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else 0
        hdrs = {}
        for ln in lines[1:]:
            k, _, v = ln.partition(":")
            hdrs[k.strip().lower()] = v.strip()
        return status, hdrs, body

    def stop(self):
        """SIGTERM; returns (exit status, what it wrote on stderr)."""
        self.p.send_signal(signal.SIGTERM)
        try:
            _, err = self.p.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.p.kill()
            _, err = self.p.communicate()
        return self.p.returncode, err

    def check_stop(self, chk, what):
        """Stops it; checks the exit status and that stderr holds no sanitizer report."""
        rc, err = self.stop()
        chk.check(rc == 0, f"{what}: SIGTERM exits 0", str(rc))
        chk.check(not re.search(r"Sanitizer|runtime error", err), f"{what}: no sanitizer report",
                  err[-2000:])


def pages(fetch, path, limit, most=200):
    """The pages of an API list, `limit` items at a time, following
    next_cursor: yields (url, body) while fetch(url) gives a JSON object."""
    cursor = None
    for _ in range(most):
        sep = "&" if "?" in path else "?"
        url = f"{path}{sep}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        body = fetch(url)
        if not isinstance(body, dict):
            return
        yield url, body
        cursor = body.get("next_cursor")
        if not cursor:
            return
