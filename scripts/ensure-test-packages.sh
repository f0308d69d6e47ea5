#!/usr/bin/env bash
# The system packages the test suite drives, installed when missing so that `npm test` is the whole
# set-up on a fresh Debian machine: Chromium for the browser tests (playwright-core downloads no
# browser) and PostgreSQL's initdb/pg_ctl for the store contract suite (no system cluster is used;
# the tests start a throwaway server of their own). Runs as npm's pretest step and from .ci/run.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then
  missing+=(postgresql)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Tests need: ${missing[*]} (no apt-get here: install them with your package manager)." >&2
  exit 0 # the tests that need them fail and say how to install; the others still run
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo); else
    echo "Tests need: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 0
  fi
fi
echo "== installing ${missing[*]} (apt) for the browser and PostgreSQL tests"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
