#!/bin/sh
# make eval: Vigil on the MUC-4 dev split (../shared/data/muc4/dev.jsonl).
# Converts the answer-key file to Vigil's JSON Lines input ({"id","text"}),
# runs `vigil extract --input jsonl --format muc4`, and scores the
# predictions with ../shared/tools/muc4-score at template level (the GTT
# metric) and with --strict (one-to-one entity alignment), printing both
# micro F1s and the per-role table. Skipped, with a message, when the data
# or the scorer is absent.
# usage: scripts/eval-muc4.sh [VIGIL_BINARY]   (default build/release/vigil)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release/vigil}
data=$root/../shared/data/muc4
scorer=$root/../shared/tools/muc4-score
if [ ! -f "$data/dev.jsonl" ] || [ ! -f "$scorer" ]; then
    echo "eval-muc4: $data/dev.jsonl or $scorer not found; MUC-4 evaluation skipped"
    exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "eval-muc4: python3 not found (the scorer needs it); MUC-4 evaluation skipped"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
python3 -c '
import json, sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line)
        print(json.dumps({"id": d["docid"], "text": d["text"]}))
' < "$data/dev.jsonl" > "$tmp/input.jsonl"
start=$(date +%s)
"$bin" extract -q --input jsonl --format muc4 "$tmp/input.jsonl" > "$tmp/pred.jsonl"
end=$(date +%s)
python3 "$scorer" "$data/dev.jsonl" "$tmp/pred.jsonl" --level template > "$tmp/template.txt"
python3 "$scorer" "$data/dev.jsonl" "$tmp/pred.jsonl" --level template --strict > "$tmp/strict.txt"
echo "MUC-4 dev ($(wc -l < "$tmp/input.jsonl") documents, $((end - start)) s), template level:"
sed -n '2,$p' "$tmp/template.txt"
echo
echo "with --strict (one-to-one entity alignment):"
sed -n '2,$p' "$tmp/strict.txt"
echo
echo "MUC-4 dev template-level F1: $(tail -n 1 "$tmp/template.txt" | cut -d' ' -f2)"
echo "MUC-4 dev template-level F1 (--strict): $(tail -n 1 "$tmp/strict.txt" | cut -d' ' -f2)"
