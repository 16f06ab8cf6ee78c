#!/usr/bin/env bash
# Creates notebooks/.venv and installs notebooks/requirements.txt into it, every transitive version fixed by
# requirements.lock. Idempotent: a venv whose installed
# requirements match the file (checksum in .venv/.requirements.sha256) is left alone. Quiet unless it fails.
# Usage: notebooks/setup.sh   (PYTHON=python3.11 notebooks/setup.sh to choose the interpreter)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
req="$here/requirements.txt"
lock="$here/requirements.lock"
stamp="$venv/.requirements.sha256"
python="${PYTHON:-python3}"

want="$(cat "$req" "$lock" | sha256sum | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { [[ -x "$venv/bin/python" ]] || "$python" -m venv "$venv"; } >"$log" 2>&1 \
  || ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" -c "$lock" >>"$log" 2>&1 \
  || ! "$venv/bin/python" -m ipykernel install --sys-prefix --name python3 >>"$log" 2>&1; then
  cat "$log" >&2
  echo "notebooks/setup.sh: failed (see above)" >&2
  exit 1
fi
echo "$want" >"$stamp"
echo "notebooks/.venv ready ($("$venv/bin/python" --version 2>&1))"
