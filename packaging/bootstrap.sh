#!/usr/bin/env bash
# Sets up everything Coopeten needs on a Debian or Ubuntu machine, then opens the app
# (`run`, on the demo database) or runs the whole test suite (`test`, no display needed);
# `check` runs lint and the import contracts.
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

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=python3
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Coopeten needs Python 3.11 or newer; this machine has $("$python" --version)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.requirements.sha256
wanted=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
  echo "$wanted" > "$stamp"
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
    # the habits of pyproject.toml: lint, the import contracts, the workflows' schema
    .venv/bin/ruff check .
    .venv/bin/lint-imports --no-cache
    .venv/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
    ;;
  *)
    echo "usage: $0 run|test|check [arguments]" >&2
    exit 2
    ;;
esac
