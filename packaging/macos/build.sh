#!/usr/bin/env bash
# Builds Coopeten for macOS:
#
#   dist/Coopeten.app                               the bundle (build.spec's BUNDLE)
#   dist/coopeten-VERSION-macos-ARCH.dmg            a disk image: drag Coopeten to Applications
#
# Usage: bash packaging/macos/build.sh
# Needs Python 3.11 (python3 on PATH) and the Xcode command-line tools (hdiutil, codesign).
# PyInstaller signs the app ad hoc; set CODESIGN_IDENTITY to sign it with a Developer ID
# instead (notarisation is not done here). The image is mounted and the app's
# --self-test run from it before the script reports success.
set -euo pipefail
cd "$(dirname "$0")/../.."

# the app's dependencies and PyInstaller, as locked (hashes checked)
bash packaging/install_locked.sh requirements-build.txt

version=$(.venv/bin/python -c 'import coopeten_gui; print(coopeten_gui.__version__)')
arch=$(uname -m)
app=dist/Coopeten.app

echo "== PyInstaller bundle (Coopeten $version, $arch)"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build.spec

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  echo "== Signing with $CODESIGN_IDENTITY"
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
fi

echo "== Self-test of both programs"
"$app/Contents/MacOS/coopeten-cli" --self-test
"$app/Contents/MacOS/Coopeten" --self-test >/dev/null

echo "== Disk image"
dmg="dist/coopeten-$version-macos-$arch.dmg"
stage=build/dmg
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Coopeten $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
  -ov "$dmg" >/dev/null

echo "== Self-test from the mounted image"
mnt=$(mktemp -d /tmp/coopeten-dmg.XXXXXX)
hdiutil attach -readonly -nobrowse -mountpoint "$mnt" "$dmg" >/dev/null
trap 'hdiutil detach -quiet "$mnt" || true' EXIT
"$mnt/Coopeten.app/Contents/MacOS/coopeten-cli" --self-test

ls -lh "$dmg"
