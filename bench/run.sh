#!/bin/sh
# make bench: throughput of tokenizing (the ceiling) and of the whole
# extract path over a generated corpus of >= 8 MB, median of 5 runs, 1 core;
# then peak memory with the corpus read once and four times over (flat memory
# means the two agree). Then the knowledge base: ingest throughput into a
# fresh database (the same corpus, median of 3 runs) and into the large
# base, query latency (p50/p99) on the large base, and HTTP load on `vigil
# serve` over it while an ingest runs (bench/http.sh, wrk). Results are
# appended to bench/results/.
#
# The large base (VIGIL_BENCH_KB_DOCS documents, default 100,000, of its own
# generated corpus) is built once and kept under build/bench/kb-KEY/, KEY a
# hash of the generator, the schema and the size, so a change to either
# rebuilds it. Building is budgeted: each run spends at most
# VIGIL_BENCH_KB_BUDGET CPU seconds (default 1200, enough for the whole base at today's ingest rate) adding to it, and the next
# run goes on where it stopped; until it is complete the figures say how
# many documents it held.
set -eu
build=${1:-build/release}
cd "$(dirname "$0")/.."
start=$(date +%s)
corpus=build/bench/corpus.jsonl
if [ ! -f "$corpus" ] || [ bench/gen_corpus.py -nt "$corpus" ]; then
    python3 bench/gen_corpus.py build/bench --mb 8 >/dev/null
fi
kb_docs=${VIGIL_BENCH_KB_DOCS:-100000}
budget=${VIGIL_BENCH_KB_BUDGET:-1200}
key=$(cat bench/gen_corpus.py src/kb/schema/*.sql | sha256sum | cut -c1-12)-$kb_docs
kbdir=build/bench/kb-$key
for old in build/bench/kb-*; do
    [ -d "$old" ] && [ "$old" != "$kbdir" ] && rm -rf "$old"
done
mkdir -p "$kbdir"
if [ ! -f "$kbdir/corpus.jsonl" ]; then
    python3 bench/gen_corpus.py "$kbdir/gen" --docs "$kb_docs" --seed 4242 --id-prefix kb- \
        --jsonl-only >/dev/null
    mv "$kbdir/gen/corpus.jsonl" "$kbdir/corpus.jsonl"
    rmdir "$kbdir/gen"
    # documents for the into-the-large-base run, with ids of their own
    python3 bench/gen_corpus.py "$kbdir/gen" --docs 1000 --seed 4343 --id-prefix more- \
        --jsonl-only >/dev/null
    mv "$kbdir/gen/corpus.jsonl" "$kbdir/more.jsonl"
    rmdir "$kbdir/gen"
fi
if [ ! -f "$kbdir/load.jsonl" ]; then
    # documents ingested while the HTTP load runs (bench/http.sh)
    python3 bench/gen_corpus.py "$kbdir/gen" --docs 5000 --seed 4444 --id-prefix load- \
        --jsonl-only >/dev/null
    mv "$kbdir/gen/corpus.jsonl" "$kbdir/load.jsonl"
    rmdir "$kbdir/gen"
fi
docs_in() {
    "$build/vigil" query --db "$1" stats --json 2>/dev/null |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])' 2>/dev/null || echo 0
}
mkdir -p bench/results
out=bench/results/$(date -u +%Y-%m-%d)-$(git rev-parse --short HEAD 2>/dev/null || echo nogit).txt
{
    echo "# vigil bench, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo ?)"
    echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -sr)"
    pgo=$(sed -n 's/^VIGIL_PGO:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null)
    echo "# build: $build, $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null)${pgo:+, profile-guided ($pgo, scripts/pgo.sh)}"
    echo "# corpus: $corpus, $(wc -c < "$corpus") bytes, $(wc -l < "$corpus") documents"
    "$build/vigil-bench" --runs 5 "$corpus"
    "$build/vigil-bench" --runs 1 --repeat 4 --mode extract "$corpus" | grep 'peak RSS'

    echo "# knowledge base: ingest into a fresh database ($corpus)"
    "$build/vigil-bench" --mode ingest --fresh --runs 3 --db build/bench/fresh.db "$corpus"
    rm -f build/bench/fresh.db build/bench/fresh.db-wal build/bench/fresh.db-shm

    have=0
    [ -f "$kbdir/kb.db" ] && have=$(docs_in "$kbdir/kb.db")
    if [ "$have" -lt "$kb_docs" ]; then
        echo "# knowledge base: building the large base ($kbdir, $have of $kb_docs documents so far, budget ${budget} s CPU)"
        "$build/vigil-bench" --mode ingest --runs 1 --db "$kbdir/kb.db" --skip "$have" \
            --budget "$budget" --progress 2000 "$kbdir/corpus.jsonl"
        have=$(docs_in "$kbdir/kb.db")
    fi
    if [ "$have" -lt "$kb_docs" ]; then
        echo "# NOTE: the large base holds $have of $kb_docs documents (budget spent; the next make bench goes on)"
    fi

    echo "# knowledge base: ingest 1,000 new documents into the large base ($have documents; a copy)"
    cp "$kbdir/kb.db" build/bench/copy.db
    "$build/vigil-bench" --mode ingest --runs 1 --db build/bench/copy.db "$kbdir/more.jsonl"
    rm -f build/bench/copy.db build/bench/copy.db-wal build/bench/copy.db-shm

    echo "# knowledge base: query latency on the large base"
    "$build/vigil-bench" --mode query --reps 200 --db "$kbdir/kb.db"
    echo "# vigil serve: wrk on loopback against the large base ($have documents; a copy) while an ingest runs"
    ./bench/http.sh "$build" "$kbdir/kb.db" "$kbdir/load.jsonl"
    echo "# make bench took $(( $(date +%s) - start )) s wall"
} | tee "$out"
echo "(saved in $out)"
