#!/bin/sh
# Runs every libFuzzer target in BUILD_DIR for SECONDS each, seeded from the
# project's fixtures (tests/golden inputs, samples) and a dictionary per
# target (fuzz/<target>.dict) when present. A crash leaves its input in
# build/fuzz-artifacts/ and fails the run: turn it into a golden case.
set -eu
dir=${1:?build dir}
secs=${2:-10}
cd "$(dirname "$0")/.."
art=build/fuzz-artifacts
mkdir -p "$art"
status=0
for t in "$dir"/fuzz_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    corpus=build/fuzz-corpus/$name
    mkdir -p "$corpus"
    # seeds: every fixture input and sample, whatever its kind
    for f in tests/golden/*/input.* samples/*.* fuzz/seeds/"$name"/*; do
        [ -f "$f" ] && cp -f "$f" "$corpus/seed-$(echo "$f" | tr '/' '_')"
    done
    dict=""
    [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
    printf 'fuzz %-16s %ss ... ' "$name" "$secs"
    if "$t" $dict -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$art/$name-" -print_final_stats=1 "$corpus" > "$art/$name.log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$art/$name.log" | grep -o '[0-9]*$' || echo "?")
        echo "ok ($runs runs)"
    else
        echo "FAILED (see $art/$name.log)"
        tail -30 "$art/$name.log"
        status=1
    fi
done
exit $status
