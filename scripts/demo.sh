#!/bin/sh
# make demo: Vigil on the bundled sample reports (samples/), as a new user
# first sees it: a report per document on the terminal, and the records
# (spec/document.schema.json) in build/demo/records.jsonl.
set -eu
bin=${1:-build/release/vigil}
cd "$(dirname "$0")/.."
mkdir -p build/demo
echo "Vigil $("$bin" version | cut -d' ' -f2) on the sample reports in samples/"
echo
"$bin" extract --format text samples/*.txt samples/*.html samples/*.xml samples/*.jsonl
"$bin" extract -q samples/*.txt samples/*.html samples/*.xml samples/*.jsonl > build/demo/records.jsonl
n=$(wc -l < build/demo/records.jsonl)
echo
echo "$n records written to build/demo/records.jsonl (one JSON object per document)."
echo "Try: $bin extract --pretty samples/blog-source-relay.txt"
