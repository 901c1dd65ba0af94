#!/usr/bin/env sh
# Install (or remove) the DraftKit Linux bundle unpacked from draftkit-<version>-linux-x86_64.tar.gz.
#
#   ./install.sh              install for this user: ~/.local/opt/draftkit, menu entry, icons
#   sudo ./install.sh --system   install for everyone: /opt/draftkit, /usr/local/share
#   ./install.sh --uninstall  (add --system for a system install) remove what install.sh put there
#
# Run it from the unpacked draftkit/ folder. It copies the folder, links draftkit and
# draftkit-gui into a bin folder, and registers the desktop entry, the icon and the
# .draftkit file type. Nothing else on the machine is changed.
set -eu
APP_ID=io.github.draftkit.DraftKit
HERE=$(cd "$(dirname "$0")" && pwd)
MODE=user
ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) MODE=system ;;
    --uninstall) ACTION=uninstall ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$MODE" = system ]; then
  PREFIX=/opt/draftkit; BIN=/usr/local/bin; SHARE=/usr/local/share
else
  PREFIX="$HOME/.local/opt/draftkit"; BIN="$HOME/.local/bin"; SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

uninstall() {
  rm -rf "$PREFIX"
  rm -f "$BIN/draftkit" "$BIN/draftkit-gui" "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/mime/packages/$APP_ID.xml"
  rm -f "$SHARE"/icons/hicolor/*/apps/"$APP_ID".png "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  refresh
  echo "DraftKit removed from $PREFIX"
}

install_app() {
  [ -x "$HERE/draftkit" ] && [ -x "$HERE/draftkit-gui" ] || {
    echo "install.sh: run me from the unpacked draftkit folder" >&2; exit 2; }
  [ "$HERE" = "$PREFIX" ] || { rm -rf "$PREFIX"; mkdir -p "$(dirname "$PREFIX")"; cp -a "$HERE" "$PREFIX"; }
  mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
  ln -sf "$PREFIX/draftkit" "$BIN/draftkit"
  ln -sf "$PREFIX/draftkit-gui" "$BIN/draftkit-gui"
  sed "s|^Exec=draftkit-gui|Exec=$PREFIX/draftkit-gui|; s|^TryExec=draftkit-gui|TryExec=$PREFIX/draftkit-gui|" \
    "$PREFIX/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
  cp "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
  cp "$PREFIX/share/mime/packages/$APP_ID.xml" "$SHARE/mime/packages/"
  (cd "$PREFIX/share/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$SHARE/icons/$(dirname "$icon")"
    cp "$PREFIX/share/icons/$icon" "$SHARE/icons/$icon"
  done
  refresh
  echo "DraftKit installed in $PREFIX; run draftkit-gui (or find DraftKit in the menu)."
  case ":$PATH:" in *":$BIN:"*) ;; *) echo "note: $BIN is not on your PATH" ;; esac
}

if [ "$ACTION" = uninstall ]; then uninstall; else install_app; fi
