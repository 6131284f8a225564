#!/bin/sh
# Amtspass helper on macOS, for this user (UNTESTED: built on Linux, never run on a Mac).
# Copies the executable to ~/Library/Application Support/Amtspass and lets it write its host manifests
# into the per-user folders of Chrome, Chromium, Edge, Brave, Vivaldi and Firefox that exist
# (~/Library/Application Support/<browser>/NativeMessagingHosts, Firefox: …/Mozilla/NativeMessagingHosts).
# "sh install.sh uninstall" removes the manifests and the folder again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$HOME/Library/Application Support/Amtspass"
if [ "${1:-}" = "uninstall" ]; then
  "$target/amtspass-helper" uninstall
  rm -rf "$target"
  echo "Amtspass-Hilfsprogramm entfernt / removed."
  exit 0
fi
mkdir -p "$target"
cp "$here/amtspass-helper" "$target/amtspass-helper"
chmod 755 "$target/amtspass-helper"
# Downloaded files are quarantined; the executable is not notarised, and injecting the helper into Node
# broke Node's signature, so it gets an ad-hoc one (needed on Apple silicon, where it runs under Rosetta 2).
xattr -d com.apple.quarantine "$target/amtspass-helper" 2>/dev/null || true
codesign --force --sign - "$target/amtspass-helper"
"$target/amtspass-helper" install
"$target/amtspass-helper" status || true
