#!/bin/sh
# Installs every Debian 12 package that Vigil's build, tests, fuzzers and
# benchmarks need, then the npm packages of the dashboard (web/: world-atlas)
# and of the browser tests (tests/browser/: playwright-core), each from its
# lockfile. Idempotent: packages already present are left alone, and apt and
# npm are not touched at all when nothing is missing. Run as root (or with sudo).
set -eu
cd "$(dirname "$0")/.."

PKGS="build-essential cmake pkg-config clang libclang-rt-14-dev
libutf8proc-dev libxml2-dev libjansson-dev libcjson-dev libsqlite3-dev libcmocka-dev
nettle-dev python3 python3-jsonschema time gdal-bin libmicrohttpd-dev wrk chromium"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

# node and npm: Debian's, unless a node with its own npm is installed already
if ! command -v npm >/dev/null 2>&1; then
    missing="$missing nodejs npm"
fi

npm_deps() {
    # npm ci from each lockfile whose packages are not all there
    for dir in web tests/browser; do
        [ -f "$dir/package-lock.json" ] || continue
        if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
            [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
            echo "install-deps: npm ci in $dir" >&2
            (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
        fi
    done
}

if [ -z "$missing" ]; then
    npm_deps
    exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi
echo "install-deps: installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
npm_deps
