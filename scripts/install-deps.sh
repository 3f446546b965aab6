#!/bin/sh
# Installs every Debian 12 package that Vigil's build, tests, fuzzers and
# benchmarks need. Idempotent: packages already present are left alone, and
# apt is not touched at all when nothing is missing. Run as root (or with sudo).
set -eu

PKGS="build-essential cmake pkg-config clang libclang-rt-14-dev
libutf8proc-dev libxml2-dev libjansson-dev libsqlite3-dev libcmocka-dev
nettle-dev python3 python3-jsonschema time gdal-bin libmicrohttpd-dev wrk"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
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
