#!/usr/bin/env bash
# Locks the dependencies declared in pyproject.toml, every indirect one included and each
# with the hashes of all its files (for Linux, Windows and macOS alike), into the files
# set-up installs from:
#
#   uv.lock                  the one resolution the three below are written from
#   requirements.txt         runtime: what the app needs ([project].dependencies)
#   requirements-test.txt    runtime + the test and checks groups (tests, lint, types…)
#   requirements-build.txt   runtime + the packaging group (PyInstaller, for the installers)
#
# Usage: bash packaging/lock.sh [UV LOCK OPTIONS]
#   after adding, removing or changing a pin in pyproject.toml, with no option: versions
#   already locked stay as they are; `--upgrade-package NAME` or `--upgrade` move them on.
# Needs Python 3.11 and the package index. uv (the version of pyproject.toml's `lock` group)
# is installed apart in build/lock-tool, never in .venv. tests/packaging/test_locks.py
# checks the result agrees with pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Locking needs Python 3.11 or newer; this machine has $(python3 --version)." >&2
  exit 1
fi

# uv as pyproject.toml pins it, with the hashes uv.lock holds for that version (a new pin
# has none yet: it is then installed unchecked, once, and locked by this run)
tool=build/lock-tool
mkdir -p "$tool"
python3 - > "$tool/requirements.txt" <<'PY'
import tomllib
with open("pyproject.toml", "rb") as f:
    (pin,) = tomllib.load(f)["dependency-groups"]["lock"]
version = pin.partition("==")[2]
try:
    with open("uv.lock", "rb") as f:
        packages = tomllib.load(f)["package"]
except FileNotFoundError:
    packages = []
files = [f for p in packages if p["name"] == "uv" and p["version"] == version
         for f in p.get("wheels", []) + [p["sdist"]]]
print(pin, *(f"--hash={f['hash']}" for f in files))
PY
if ! cmp -s "$tool/requirements.txt" "$tool/installed.txt"; then
  python3 -m venv "$tool"
  check=""
  grep -q -- --hash= "$tool/requirements.txt" && check=--require-hashes
  # $check unquoted: no word at all when there are no hashes yet
  "$tool/bin/python" -m pip install --quiet --disable-pip-version-check $check \
    -r "$tool/requirements.txt"
  cp "$tool/requirements.txt" "$tool/installed.txt"
fi
uv=("$root/$tool/bin/uv" --no-config)

# uv reads the project's metadata by building it (its version is dynamic), which leaves an
# egg-info folder behind: work on a copy of the declarations, away from the sources
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp pyproject.toml "$work/"
[ -f uv.lock ] && cp uv.lock "$work/"
(cd "$work" && "${uv[@]}" lock --quiet "$@")
cp "$work/uv.lock" uv.lock

# FILE, what it holds, then the groups it adds to the runtime dependencies
export_lock() {
  local file=$1 what=$2; shift 2
  local groups=()
  for group in "$@"; do groups+=(--group "$group"); done
  {
    echo "# $what"
    echo "# Every indirect dependency is included, each with its files' hashes, so pip installs"
    echo "# exactly these (\`python -m pip install --require-hashes -r $file\`)."
    echo "# Written by \`bash packaging/lock.sh\` from pyproject.toml: change that, never this."
    (cd "$work" && "${uv[@]}" export --quiet --frozen --format requirements-txt --no-header \
        --no-emit-project --no-default-groups "${groups[@]}")
  } > "$file"
}
export_lock requirements.txt "Runtime: what Coopeten needs to run ([project].dependencies)."
export_lock requirements-test.txt \
  "Tests and checks: the runtime dependencies, the test group and the checks group." test checks
export_lock requirements-build.txt \
  "Installers: the runtime dependencies and the packaging group (PyInstaller)." packaging
echo "locked: uv.lock requirements.txt requirements-test.txt requirements-build.txt"
