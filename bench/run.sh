#!/bin/sh
# make bench: throughput of tokenizing (the ceiling) and of the whole
# extract path over a generated corpus of >= 8 MB, median of 5 runs, 1 core;
# then peak memory with the corpus read once and four times over (flat memory
# means the two agree). Results are appended to bench/results/.
set -eu
build=${1:-build/release}
cd "$(dirname "$0")/.."
corpus=build/bench/corpus.jsonl
if [ ! -f "$corpus" ] || [ bench/gen_corpus.py -nt "$corpus" ]; then
    python3 bench/gen_corpus.py build/bench --mb 8 >/dev/null
fi
mkdir -p bench/results
out=bench/results/$(date -u +%Y-%m-%d)-$(git rev-parse --short HEAD 2>/dev/null || echo nogit).txt
{
    echo "# vigil bench, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?)"
    echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
    echo "# corpus: $corpus, $(wc -c < "$corpus") bytes, $(wc -l < "$corpus") documents"
    "$build/vigil-bench" --runs 5 "$corpus"
    "$build/vigil-bench" --runs 1 --repeat 4 --mode extract "$corpus" | grep 'peak RSS'
} | tee "$out"
echo "(saved in $out)"
