#!/usr/bin/env bash
# The Linux installer, checked end to end as a user would meet it:
#
#   1. build the bundle, the .tar.gz and the .deb          (packaging/linux/build.sh)
#   2. install the .deb with apt-get                        (menu entry, icon, PATH)
#   3. run the installed `coopeten-cli --self-test`
#   4. make a database in the user's data folder, upgrade the package to a higher
#      version, and check the database is still there and healthy
#   5. under Xvfb: the installed `coopeten --self-test` on X11, then the window, and a
#      screenshot of it
#   6. remove the package, and check the program is gone and the user's data is not
#
# Usage: bash packaging/linux/check.sh [SCREENSHOT.png] [--no-build]
#        (default screenshot: /tmp/coopeten-installed.png; --no-build re-uses dist/)
# Needs root or sudo (apt-get), Xvfb and ImageMagick's `import`. Runs with a throwaway
# HOME, so the user data it makes and checks is never the real user's.
set -euo pipefail
cd "$(dirname "$0")/../.."

shot=/tmp/coopeten-installed.png
build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) shot=$arg ;;
  esac
done

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
# apt-get, its chatter kept in a log that is shown only when it fails
apt() {
  # waits for another apt or dpkg run to let go of dpkg's lock rather than failing
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
    "$@" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get $*"; }
}

t0=$(date +%s)
last=$t0
step() {
  local now; now=$(date +%s)
  printf '\n== [%3ss] %s\n' "$(( now - t0 ))" "$*"
  last=$now
}
fail() { echo "CHECK FAILED: $*" >&2; exit 1; }

work=$(mktemp -d /tmp/coopeten-check.XXXXXX)

app_pid="" xvfb_pid="" installed_by_us=0
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "$installed_by_us" = 1 ] && dpkg -s coopeten >/dev/null 2>&1; then
    echo "(removing the package left installed by the failed check)"
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove -y -qq coopeten \
      >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- 1. build --------------------------------------------------------------------------
if [ "$build" = 1 ]; then
  step "build"
  bash packaging/linux/build.sh
fi
deb=$(ls -t dist/coopeten_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb in dist/ (run without --no-build)"

# From here on the programs run as a user with an empty, throwaway home.
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset COOPETEN_DB DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

# --- 2. install ------------------------------------------------------------------------
step "install $deb"
if dpkg -s coopeten >/dev/null 2>&1; then
  fail "coopeten is already installed here; remove it first (apt-get remove coopeten)"
fi
installed_by_us=1
apt install -y "./$deb"
dpkg-query -W -f='installed ${Package} ${Version} (${Installed-Size} KiB)\n' coopeten
[ -x /opt/coopeten/Coopeten ] && [ -x /opt/coopeten/coopeten-cli ] || fail "not in /opt/coopeten"
[ "$(command -v coopeten)" = /usr/bin/coopeten ] || fail "coopeten is not on the PATH"
[ "$(command -v coopeten-cli)" = /usr/bin/coopeten-cli ] || fail "coopeten-cli is not on the PATH"
[ -f /usr/share/applications/coopeten.desktop ] || fail "no menu entry"
[ -f /usr/share/icons/hicolor/256x256/apps/coopeten.png ] || fail "no icon"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/coopeten.desktop
fi
for script in preinst postinst prerm postrm; do
  [ ! -e "/var/lib/dpkg/info/coopeten.$script" ] || fail "unexpected maintainer script $script"
done
coopeten-cli --version

# --- 3. self-test ----------------------------------------------------------------------
step "installed self-test"
(cd / && coopeten-cli --self-test)

# --- 4. upgrade keeps the user's data --------------------------------------------------
step "upgrade keeps the user's database"
data="$XDG_DATA_HOME/Coopeten/Coopeten/coopeten.sqlite"
(cd / && coopeten-cli demo) | tail -n 1
[ -f "$data" ] || fail "the database is not in the app-data folder ($data)"
before=$(coopeten-cli stats)
# The next version: the same package with a higher version number, so dpkg takes its
# real upgrade path (unpack over the old files, remove the ones that went away).
stage=$(dpkg-deb -f "$deb" Package)_$(dpkg-deb -f "$deb" Version)_$(dpkg-deb -f "$deb" Architecture)
cp -a "build/deb/$stage" "$work/next"
sed -i -E 's/^Version: (.*)$/Version: \1+next/' "$work/next/DEBIAN/control"
dpkg-deb --root-owner-group -Znone --build "$work/next" "$work/coopeten-next.deb" >/dev/null
rm -rf "$work/next"
apt install -y "$work/coopeten-next.deb"
dpkg-query -W -f='upgraded to ${Version}\n' coopeten
[ -f "$data" ] || fail "the upgrade lost $data"
coopeten-cli check | tail -n 1
[ "$(coopeten-cli stats)" = "$before" ] || fail "the records changed across the upgrade"
echo "ok  $data kept ($(echo "$before" | head -n 1 | tr '\t' ' '))"

# --- 5. the window ---------------------------------------------------------------------
step "installed window under Xvfb"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$(head -n 1 "$work/display")"
# the windowed program's self-test, this time on the X11 (xcb) platform
(cd / && coopeten --self-test) >"$work/gui-self-test.log" 2>&1 \
  || { cat "$work/gui-self-test.log"; fail "coopeten --self-test on X11"; }
grep -E '^(Coopeten .* self-test|self-test passed)' "$work/gui-self-test.log"
(cd / && exec coopeten --demo) >"$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 150); do
  kill -0 "$app_pid" 2>/dev/null || fail "coopeten exited: $(cat "$work/app.log")"
  # the main window is the one with a WM_CLASS (Qt also makes 1x1 helper windows)
  window=$(xwininfo -root -tree 2>/dev/null \
           | awk 'tolower($0) ~ /\("[^"]*coopeten[^"]*" "[^"]*"\)/ {print $1; exit}')
  [ -n "$window" ] && break
  sleep 0.2
done
[ -n "$window" ] || fail "no Coopeten window after 30 s: $(cat "$work/app.log")"
sleep 2  # let the first paint and the lists fill in
xwininfo -id "$window" | awk -F': ' '/xwininfo|Width|Height/ {print "   " $0}'
xprop -id "$window" WM_CLASS | sed 's/^/   /'
mkdir -p "$(dirname "$shot")"
import -window "$window" "$shot"
echo "screenshot: $shot"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
unset DISPLAY
if [ -s "$work/app.log" ]; then
  echo "   the window's messages:"; sed 's/^/   | /' "$work/app.log"
fi

# --- 6. remove -------------------------------------------------------------------------
step "remove"
apt remove -y coopeten
installed_by_us=0
[ ! -e /opt/coopeten ] || fail "/opt/coopeten is still there"
[ ! -e /usr/bin/coopeten ] && [ ! -e /usr/bin/coopeten-cli ] || fail "commands still on PATH"
[ ! -e /usr/share/applications/coopeten.desktop ] || fail "menu entry still there"
[ -f "$data" ] || fail "removing the package deleted the user's database"
echo "ok  program removed, user data kept ($data)"

step "all checks passed in $(( $(date +%s) - t0 )) s"
