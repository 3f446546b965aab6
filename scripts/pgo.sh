#!/bin/sh
# The profile for the release build's profile-guided optimisation (GCC; see
# VIGIL_PGO in CMakeLists.txt):
#
#     scripts/pgo.sh PROFILE_DIR
#
# builds an instrumented vigil in build/pgo-generate, runs it on a training
# corpus and writes the profile to PROFILE_DIR (emptied first). The training
# corpus is bench/gen_corpus.py with a seed of its own (2718; the benchmark's
# corpora use 1729, 4242, 4343 and 4444), so the benchmark never measures the
# documents the build was trained on, plus the bundled samples (HTML, RSS,
# JSONL); the run extracts, ingests into a scratch store, queries and exports,
# so every stage of the binary is exercised. Nothing here is tuned to a test
# input, and the profile changes no output: only how the compiler lays out
# the code. The Makefile reruns it when a source is newer than the profile.
set -eu
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: scripts/pgo.sh PROFILE_DIR" >&2; exit 2; }
case $1 in /*) prof=$1 ;; *) prof=$(pwd)/$1 ;; esac
# the directory is emptied: refuse one that holds anything but a profile
if [ -d "$prof" ] && [ -n "$(find "$prof" -mindepth 1 ! -name '*.gcda' ! -name .stamp -print -quit)" ]; then
    echo "pgo: $prof holds files other than a profile; give an empty or profile directory" >&2
    exit 2
fi
gen=build/pgo-generate
work=build/pgo-train
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
cmake -S . -B "$gen" -DCMAKE_BUILD_TYPE=Release -DVIGIL_TESTS=OFF -DVIGIL_PGO=generate \
    "-DVIGIL_PGO_DIR=$prof" >/dev/null
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL cmake --build "$gen" -j "$jobs" --target vigil >/dev/null
rm -rf "$prof" "$work"
mkdir -p "$prof" "$work"
python3 bench/gen_corpus.py "$work" --mb 2 --seed 2718 --id-prefix pgo- --jsonl-only >/dev/null
v=$gen/vigil
"$v" extract -q --input jsonl "$work/corpus.jsonl" >/dev/null
"$v" extract -q --format muc4 --input jsonl "$work/corpus.jsonl" >/dev/null
for f in samples/*; do
    case $f in *.md) continue ;; esac
    "$v" extract -q "$f" >/dev/null
done
head -n 400 "$work/corpus.jsonl" >"$work/some.jsonl"
"$v" ingest -q --db "$work/kb.db" "$work/some.jsonl" samples/batch.jsonl >/dev/null
"$v" query --db "$work/kb.db" stats >/dev/null
"$v" query --db "$work/kb.db" threats >/dev/null
"$v" export --db "$work/kb.db" --format stix >/dev/null
"$v" export --db "$work/kb.db" --format geojson >/dev/null
"$v" export --db "$work/kb.db" --format csv >/dev/null
if [ -z "$(ls "$prof")" ]; then
    cc=$(sed -n 's/^CMAKE_C_COMPILER:[A-Z]*=//p' "$gen/CMakeCache.txt")
    if "$cc" --version 2>/dev/null | grep -q "Free Software Foundation"; then
        echo "pgo: GCC ($cc) but the training run wrote no profile to $prof" >&2
        exit 1
    fi
    # a compiler other than GCC: CMakeLists.txt builds without a profile
    echo "pgo: $cc is not GCC; the release build goes without a profile" >&2
fi
touch "$prof/.stamp"
rm -rf "$work"
