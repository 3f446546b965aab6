"""Shared helpers for the Python test drivers (golden, bad input, CLI).

Each driver runs the real `vigil` binary and checks what it writes. Records
are validated against spec/document.schema.json with python3-jsonschema.
"""
import json
import os
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
