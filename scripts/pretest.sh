#!/usr/bin/env bash
# npm's `pretest`: provisions what `npm test` needs beyond node_modules, so a bare clone runs the whole suite with
# `npm install && npm test` and nothing else. The browser test needs Debian's chromium and a CJK font, the notebook
# tests a Python 3 venv (notebooks/.venv from notebooks/requirements.lock), the embedded Neo4j a JDK and Maven.
# As root on Debian the missing packages are installed with apt-get; anywhere else the script stops before any
# test with one message naming them. Idempotent and quick when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
python="${PYTHON:-python3}"
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
[ -x "$chromium" ] || missing+=(chromium)
{ command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'noto sans cjk'; } || missing+=(fonts-noto-cjk)
"$python" -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3 python3-venv)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
    echo "pretest: installing ${missing[*]} with apt-get (once)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "npm test needs these packages, which are missing: ${missing[*]}" >&2
    echo "  Debian/Ubuntu: sudo apt-get install ${missing[*]}" >&2
    echo "  (the browser test looks for chromium at \$CHROMIUM_PATH, default /usr/bin/chromium; the notebook test uses \$PYTHON, default python3)" >&2
    exit 1
  fi
fi

PYTHON="$python" bash notebooks/setup.sh
