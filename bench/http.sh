#!/bin/sh
# bench/http.sh BUILD BASE MORE: load on `vigil serve` (part of make bench).
# A copy of the large base BASE is served on loopback; while `vigil ingest`
# adds the documents of MORE to it, wrk asks for the threat board and for a
# claims query, each for DURATION seconds (VIGIL_BENCH_HTTP_SECONDS, 10) on
# 8 connections from 2 threads. Prints requests/s, p50/p99 latency and the
# errors (non-2xx answers, socket errors), which must be zero: the run fails
# otherwise.
set -eu
build=$1
base=$2
more=$3
secs=${VIGIL_BENCH_HTTP_SECONDS:-10}
dir=build/bench/http
rm -rf "$dir"
mkdir -p "$dir"
cp "$base" "$dir/serve.db"
"$build/vigil" serve --db "$dir/serve.db" --listen 127.0.0.1:0 --threads 4 -q 2> "$dir/serve.log" &
server=$!
port=""
for _ in $(seq 1 50); do
    port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$dir/serve.log" | head -1)
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -z "$port" ]; then
    echo "http: the server did not start"; cat "$dir/serve.log"; kill "$server" 2>/dev/null; exit 1
fi
"$build/vigil" ingest -q --db "$dir/serve.db" "$more" 2> "$dir/ingest.log" &
ingest=$!
status=0
for path in "/api/threats?limit=50" "/api/claims?about=Antalya&limit=50"; do
    wrk -t2 -c8 -d"${secs}s" --latency "http://127.0.0.1:$port$path" > "$dir/wrk.txt" 2>&1 || true
    python3 - "$dir/wrk.txt" "$path" <<'PY' || status=1
import re, sys
t = open(sys.argv[1]).read()
def ms(v, u):
    return float(v) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[u]
rps = re.search(r"Requests/sec:\s+([\d.]+)", t)
lat = dict((p, ms(v, u)) for p, v, u in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)\b", t))
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", t)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0)
total = re.search(r"(\d+) requests in", t)
if not rps or "50" not in lat:
    print(f"http {sys.argv[2]}: wrk said\n{t}")
    sys.exit(1)
print(f"http GET {sys.argv[2]:40s} {float(rps.group(1)):9.0f} req/s  p50 {lat['50']:7.2f} ms"
      f"  p99 {lat.get('99', 0):7.2f} ms  {total.group(1) if total else '?'} requests"
      f"  errors {errors}")
sys.exit(1 if errors else 0)
PY
done
still=no
kill -0 "$ingest" 2>/dev/null && still=yes
kill "$ingest" 2>/dev/null || true
wait "$ingest" 2>/dev/null || true
docs=$("$build/vigil" query --db "$dir/serve.db" stats --json 2>/dev/null |
       python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])' 2>/dev/null || echo "?")
echo "http: an ingest ran beside the load (still running at the end: $still; the base now holds $docs documents)"
kill -TERM "$server"
wait "$server" || status=1
rm -rf "$dir"
exit $status
