#!/usr/bin/env bash
# Makes the project's .venv when it is missing and installs one lock into it
# (requirements.txt, requirements-test.txt or requirements-build.txt: every line pinned and
# hashed, so pip installs exactly those files and refuses any other), only when that lock
# changed since it was last installed there. Safe to run again. Wheels only: nothing is
# built at install time, so nothing unlocked is fetched to build it.
#
# Usage: bash packaging/install_locked.sh LOCK   (bootstrap.sh and the installers' scripts)
set -euo pipefail
cd "$(dirname "$0")/.."

lock=${1:?usage: install_locked.sh requirements.txt|requirements-test.txt|requirements-build.txt}
[ -f "$lock" ] || { echo "no $lock here" >&2; exit 2; }

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# a copy of the lock as it was installed: compared byte for byte, on Linux and macOS alike
stamp=".venv/.installed-$lock"
if ! cmp -s "$lock" "$stamp"; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check \
    --require-hashes --only-binary :all: -r "$lock"
  cp "$lock" "$stamp"
fi
