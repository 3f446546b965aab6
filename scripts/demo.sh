#!/bin/sh
# make demo: Vigil on the bundled sample reports (samples/), as a new user
# first sees it: a report per document on the terminal, the records
# (spec/document.schema.json) in build/demo/records.jsonl, and the reports
# ingested into the default store (SQLite, build/demo/vigil.db) with the
# threat board and the store's counts.
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
echo
echo "Ingesting them into the knowledge base build/demo/vigil.db:"
rm -f build/demo/vigil.db build/demo/vigil.db-wal build/demo/vigil.db-shm
"$bin" ingest -q --db build/demo/vigil.db samples/*.txt samples/*.html samples/*.xml samples/*.jsonl
echo
echo "The threat board (vigil query --db build/demo/vigil.db threats):"
"$bin" query --db build/demo/vigil.db threats
echo
"$bin" query --db build/demo/vigil.db stats
echo
echo "Try: $bin extract --pretty samples/blog-source-relay.txt"
echo "     $bin query --db build/demo/vigil.db entity isis"
echo "     $bin query --db build/demo/vigil.db claims --about Turkey"
echo
echo "The dashboard (map, timeline, threat board, claims with their evidence):"
echo "     $bin serve --db build/demo/vigil.db      then open http://127.0.0.1:8080/"
