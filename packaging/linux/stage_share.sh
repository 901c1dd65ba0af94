#!/usr/bin/env bash
# Copy DraftKit's Linux desktop integration into an application folder:
#   packaging/linux/stage_share.sh dist/draftkit
# adds share/applications, share/metainfo, share/mime/packages, share/icons/hicolor and
# install.sh (which registers them for a user or system-wide).
set -euo pipefail
DEST=${1:?usage: stage_share.sh APP_FOLDER}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP_ID=io.github.draftkit.DraftKit
SHARE="$DEST/share"
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages" \
  "$SHARE/icons/hicolor/scalable/apps"
cp "$ROOT/packaging/linux/$APP_ID.desktop" "$SHARE/applications/"
cp "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$ROOT/packaging/linux/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
cp "$ROOT/src/draftkit/gui/resources/draftkit.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$ROOT/packaging/icons/draftkit-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
cp "$ROOT/packaging/linux/install.sh" "$DEST/install.sh"
chmod +x "$DEST/install.sh"
