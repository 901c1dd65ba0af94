#!/usr/bin/env bash
# Build DraftKit.app and a .dmg on macOS, optionally signed and notarized.
#
#   packaging/macos/build_macos.sh
#   SIGN_IDENTITY="Developer ID Application: Example Org (TEAMID)" \
#   NOTARY_PROFILE=draftkit-notary packaging/macos/build_macos.sh
#
# Needs: python3.11+ from python.org (universal2) or Homebrew; Xcode command line tools.
# Output: dist/DraftKit.app and dist/draftkit-<version>-macos-<arch>.dmg.
# NOT TRIED YET: written on Linux, where the Linux build was built and smoke-tested.
#
# Signing and notarization (Gatekeeper blocks unsigned downloads):
#   1. A "Developer ID Application" certificate in the login keychain (Apple Developer
#      Program). SIGN_IDENTITY is its name as `security find-identity -v -p codesigning`
#      shows it.
#   2. Once: xcrun notarytool store-credentials draftkit-notary --apple-id ... --team-id ...
#   3. This script signs every Mach-O inside the bundle with the hardened runtime
#      (deep signing of PySide6's frameworks), then the app, builds the .dmg, submits it to
#      the notary service, waits, and staples the ticket.
#   PySide6 under the hardened runtime normally needs no entitlements; if Qt fails to load
#   its plugins, add an entitlements plist with com.apple.security.cs.disable-library-validation.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
VENV=build/pkg-venv
ARCH=$(uname -m)

rm -rf "$VENV" build/pyinstaller dist/draftkit dist/DraftKit.app
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q ".[package]"
VERSION=$("$VENV/bin/python" packaging/pyinstaller/build_info.py version)

"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/draftkit.spec
APP=dist/DraftKit.app

echo "== smoke tests"
export QT_QPA_PLATFORM=offscreen
WORK=$(mktemp -d)
(cd "$WORK" && "$OLDPWD/$APP/Contents/MacOS/draftkit" --version \
  && "$OLDPWD/$APP/Contents/MacOS/draftkit" grade NV --json >/dev/null \
  && "$OLDPWD/$APP/Contents/MacOS/draftkit" screenshot NV -o x.png)
rm -rf "$WORK"

if [ -n "${SIGN_IDENTITY:-}" ]; then
  echo "== codesign"
  find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime --sign "$SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --sign "$SIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

DMG="dist/draftkit-${VERSION}-macos-${ARCH}.dmg"
rm -f "$DMG"
hdiutil create -volname "DraftKit $VERSION" -srcfolder "$APP" -ov -format UDZO "$DMG"

if [ -n "${SIGN_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  echo "== notarize"
  codesign --force --timestamp --sign "$SIGN_IDENTITY" "$DMG"
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
  spctl --assess --type open --context context:primary-signature -v "$DMG"
fi
du -sh "$APP" "$DMG"
