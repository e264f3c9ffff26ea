#!/usr/bin/env bash
# Sets up everything Coopeten needs on a Debian or Ubuntu machine, then opens the app
# (`run`, on the demo database) or runs the whole test suite (`test`, no display needed);
# `check` runs lint, the type check and the import contracts.
# Safe to run again: it installs only what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
[ $# -gt 0 ] && shift

# Qt needs these even offscreen; without fonts every letter is an empty box.
packages=(python3 python3-venv libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3
          libglib2.0-0 fonts-dejavu-core poppler-utils)
if [ "$mode" = run ]; then
  # a real window on X11 also needs the xcb plugin's libraries
  packages+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
fi

bash packaging/apt_install.sh "${packages[@]}"

python=python3
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Coopeten needs Python 3.11 or newer; this machine has $("$python" --version)." >&2
  exit 1
fi

# the locked packages, hashes checked (pyproject.toml declares them, packaging/lock.sh locks
# them): what the app needs to run, or with the tests and the checks' tools too
if [ "$mode" = run ]; then
  bash packaging/install_locked.sh requirements.txt
else
  bash packaging/install_locked.sh requirements-test.txt
fi
# the app's own bytecode, as pip compiles every package's: the window then starts without
# compiling its modules first (where Python may not write __pycache__ itself, every time)
.venv/bin/python -m compileall -q main.py coopeten_gui benchmarks

case "$mode" in
  run)
    exec .venv/bin/python main.py --demo "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest tests "$@"
    ;;
  check)
    # the habits of pyproject.toml: lint, types, the import contracts, the workflows' schema
    .venv/bin/ruff check .
    .venv/bin/mypy
    .venv/bin/lint-imports --no-cache
    .venv/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
    ;;
  *)
    echo "usage: $0 run|test|check [arguments]" >&2
    exit 2
    ;;
esac
