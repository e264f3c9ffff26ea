#!/usr/bin/env bash
# Installs the Debian packages named that are not installed yet (through sudo when not
# root). When another apt or dpkg run holds its lock (a second set-up, an unattended
# upgrade) it waits for it, up to ten minutes, instead of failing. Prints nothing when
# everything is there already, so it is safe to run again.
#
# Usage: bash packaging/apt_install.sh PACKAGE...   (bootstrap.sh, .ci/run, linux/build.sh)
set -euo pipefail

missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
apt_get=(env DEBIAN_FRONTEND=noninteractive apt-get)
[ "$(id -u)" -ne 0 ] && apt_get=(sudo "${apt_get[@]}")
patience=600

# apt-get update gives up at once when the package lists are locked (DPkg::Lock::Timeout
# covers dpkg's lock only): try again every five seconds while the other run goes on
log=$(mktemp)
trap 'rm -f "$log"' EXIT
waited=0
until "${apt_get[@]}" update -qq >"$log" 2>&1; do
  if ! grep -q "Could not get lock" "$log" || [ "$waited" -ge "$patience" ]; then
    cat "$log" >&2
    exit 1
  fi
  [ "$waited" -eq 0 ] && echo "(waiting for another apt run to finish)"
  sleep 5
  waited=$((waited + 5))
done
"${apt_get[@]}" -o DPkg::Lock::Timeout="$patience" install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
