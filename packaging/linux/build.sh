#!/usr/bin/env bash
# Builds Coopeten for Linux and packs it for people who never open a terminal:
#
#   dist/coopeten/                              the PyInstaller bundle (build.spec)
#   dist/coopeten-VERSION-linux-ARCH.tar.gz     the bundle in a folder: extract, run ./Coopeten
#   dist/coopeten_VERSION_ARCH.deb              installs under /opt/coopeten, with a menu entry,
#                                               an icon, and coopeten / coopeten-cli on the PATH
#
# Usage: bash packaging/linux/build.sh [--no-bundle]   (--no-bundle re-packs dist/coopeten)
# Uses the project's .venv (made when missing and filled from the locked
# requirements-build.txt, by packaging/install_locked.sh as packaging/bootstrap.sh does).
# The .deb carries no maintainer scripts: dpkg's triggers refresh the menu and icon caches,
# and nothing ever touches the users' data folders.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

build_bundle=1
[ "${1:-}" = "--no-bundle" ] && build_bundle=0

say() { printf '\n== %s\n' "$*"; }

# --- tools ---------------------------------------------------------------------------
# dpkg-deb, strip (build.spec strips libraries on Linux), Python and its venv
bash packaging/apt_install.sh dpkg binutils python3 python3-venv

# the app's dependencies and PyInstaller, as locked (hashes checked)
bash packaging/install_locked.sh requirements-build.txt
py=.venv/bin/python

# --- what we are building ------------------------------------------------------------
version=$("$py" -c 'import coopeten_gui; print(coopeten_gui.__version__)')
# Debian orders "1.0~rc1" before "1.0"; Python writes "1.0rc1".
deb_version=$(printf '%s' "$version" | sed -E 's/([0-9])\.?(a|b|rc|dev)/\1~\2/')
arch=$(dpkg --print-architecture)
# The bundle runs on this machine's C library or a newer one, never an older one.
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed -E 's/^([0-9]+\.[0-9]+).*/\1/')
maintainer=${COOPETEN_MAINTAINER:-"Coopeten maintainers <maintainers@coopeten.invalid>"}

# --- the bundle ----------------------------------------------------------------------
if [ "$build_bundle" = 1 ]; then
  say "PyInstaller bundle (Coopeten $version)"
  start=$(date +%s)
  .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller build.spec
  echo "built in $(( $(date +%s) - start )) s"
fi
[ -x dist/coopeten/coopeten-cli ] || { echo "no bundle in dist/coopeten" >&2; exit 1; }

say "Self-test of the bundle"
dist/coopeten/coopeten-cli --self-test

# --- .tar.gz -------------------------------------------------------------------------
tarball="dist/coopeten-$version-linux-$arch.tar.gz"
say "$tarball"
rm -f "$tarball"
tar --sort=name --owner=0 --group=0 --numeric-owner \
    --transform "s,^coopeten,coopeten-$version," \
    -C dist -czf "$tarball" coopeten

# --- .deb ----------------------------------------------------------------------------
deb="dist/coopeten_${deb_version}_${arch}.deb"
say "$deb"
stage="build/deb/coopeten_${deb_version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/icons/hicolor/256x256/apps" \
         "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/coopeten"
cp -a dist/coopeten "$stage/opt/coopeten"
ln -s /opt/coopeten/Coopeten "$stage/usr/bin/coopeten"
ln -s /opt/coopeten/coopeten-cli "$stage/usr/bin/coopeten-cli"
install -m 0644 packaging/linux/coopeten.desktop "$stage/usr/share/applications/coopeten.desktop"
install -m 0644 resources/icons/coopeten.png \
  "$stage/usr/share/icons/hicolor/256x256/apps/coopeten.png"
install -m 0644 resources/icons/coopeten.svg \
  "$stage/usr/share/icons/hicolor/scalable/apps/coopeten.svg"
cat > "$stage/usr/share/doc/coopeten/README.Debian" <<EOF
Coopeten $version is installed in /opt/coopeten. Run "coopeten" (the window) or
"coopeten-cli --help" (the command line); "coopeten-cli --self-test" checks the install.

Your data is not here: it lives in ~/.local/share/Coopeten/Coopeten/ and stays there
when the package is upgraded or removed. Back it up with "coopeten-cli backup FILE".
EOF
# Everything readable by all, nothing writable but by root; the programs executable.
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/opt" "$stage/usr/share" -type f -exec chmod go-w,a+r {} +

# Qt's platform plugins open these at run time; a minimal install lacks the first three
# (no libGL.so.1, and text drawn as empty boxes without fontconfig and a font).
depends=(
  "libc6 (>= $glibc)"
  libgl1 libegl1 fontconfig libfontconfig1 fonts-dejavu-core
  libxkbcommon0 libdbus-1-3 "libglib2.0-0t64 | libglib2.0-0"
  libxcb1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)
depends_line=$(IFS=,; echo "${depends[*]}" | sed 's/,/, /g')
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<EOF
Package: coopeten
Version: $deb_version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends_line
Section: office
Priority: optional
Description: offline CRM for businesses that grow through alliances
 Coopeten keeps the people you meet at networking events, what each side
 offered and asked for, the follow-ups, the cross-promotions you did together,
 and writes alliance proposals to print or save as PDF. Everything stays on
 your computer in one SQLite file; it works without internet, in Spanish and
 English.
EOF
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null

say "Done"
du -sm dist/coopeten | sed 's/\t/ MiB\t/'
ls -l "$tarball" "$deb" | awk '{printf "%6.1f MiB\t%s\n", $5 / 1048576, $9}'
