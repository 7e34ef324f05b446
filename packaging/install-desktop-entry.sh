#!/usr/bin/env bash
# Puts CLE Desktop in this user's application menu (no root needed):
#   bash packaging/install-desktop-entry.sh              # the frozen build in dist/cle-desktop if
#                                                         # there is one, else this clone's .venv
#   bash cle-desktop/install-desktop-entry.sh            # the build folder this copy sits in
#                                                         # (build.sh puts one in every build)
#   bash packaging/install-desktop-entry.sh --build DIR  # a frozen build folder from elsewhere
#   bash packaging/install-desktop-entry.sh --exec CMD   # any cle-desktop command (absolute path)
#   bash packaging/install-desktop-entry.sh --uninstall
# A frozen build is copied to ~/.local/opt/cle-desktop (CLE_INSTALL_DIR) and linked as
# ~/.local/bin/cle-desktop; the launcher, icons and AppStream file go under $XDG_DATA_HOME
# (~/.local/share). The launcher names the program by its absolute path, so it works even
# where ~/.local/bin is not on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
app_id="io.github.cle_desktop.CLEDesktop"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin_dir="$HOME/.local/bin"
install_dir="${CLE_INSTALL_DIR:-$HOME/.local/opt/cle-desktop}"
sizes=(16 24 32 48 64 128 256 512)

refresh_caches() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

uninstall() {
  rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml" \
    "$data/icons/hicolor/scalable/apps/cle-desktop.svg"
  for s in "${sizes[@]}"; do rm -f "$data/icons/hicolor/${s}x${s}/apps/cle-desktop.png"; done
  if [ -L "$bin_dir/cle-desktop" ] && [ "$(readlink "$bin_dir/cle-desktop")" = "$install_dir/cle-desktop" ]; then
    rm -f "$bin_dir/cle-desktop"
  fi
  [ -x "$install_dir/cle-desktop" ] && rm -rf "$install_dir"
  refresh_caches
  echo "CLE Desktop is no longer in the application menu (your gatherings are kept)."
}

build="" exec_cmd=""
case "${1:-}" in
  --uninstall) uninstall; exit 0 ;;
  --build) build="${2:?--build needs the build folder}" ;;
  --exec) exec_cmd="${2:?--exec needs the cle-desktop command}" ;;
  "") if [ -x "$here/cle-desktop" ] && [ -d "$here/_internal" ]; then build="$here";
      elif [ -x "$repo/dist/cle-desktop/cle-desktop" ]; then build="$repo/dist/cle-desktop";
      elif [ -x "$repo/.venv/bin/cle-desktop" ]; then exec_cmd="$repo/.venv/bin/cle-desktop";
      else echo "No build and no .venv here: run 'bash packaging/build.sh' (or packaging/setup-env.sh) first." >&2; exit 1; fi ;;
  *) echo "Unknown option $1 (see the top of $0)." >&2; exit 1 ;;
esac

if [ -n "$build" ]; then
  [ -x "$build/cle-desktop" ] || { echo "$build has no cle-desktop program: is it a build folder?" >&2; exit 1; }
  build="$(cd "$build" && pwd)"
  if [ "$build" != "$install_dir" ]; then
    rm -rf "$install_dir.new"
    mkdir -p "$(dirname "$install_dir")"
    cp -a "$build" "$install_dir.new"
    rm -rf "$install_dir"
    mv "$install_dir.new" "$install_dir"
  fi
  exec_cmd="$install_dir/cle-desktop"
  mkdir -p "$bin_dir"
  ln -sfn "$exec_cmd" "$bin_dir/cle-desktop"
fi
case "$exec_cmd" in /*) ;; *) exec_cmd="$(command -v "$exec_cmd" || echo "$PWD/$exec_cmd")" ;; esac
[ -x "$exec_cmd" ] || { echo "$exec_cmd is not a program this user can run." >&2; exit 1; }

icons="$repo/resources/icons"
[ -f "$icons/cle-desktop.svg" ] || icons="$(dirname "$(readlink -f "$exec_cmd")")/_internal/cle_desktop/resources/icons"
mkdir -p "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
for s in "${sizes[@]}"; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
  cp "$icons/cle-desktop-$s.png" "$data/icons/hicolor/${s}x${s}/apps/cle-desktop.png"
done
cp "$icons/cle-desktop.svg" "$data/icons/hicolor/scalable/apps/cle-desktop.svg"
cp "$here/linux/$app_id.metainfo.xml" "$data/metainfo/"
# The Exec and TryExec lines name the program by its absolute path (quoted per the spec).
quoted="\"${exec_cmd//\"/\\\"}\""
sed -e "s|^Exec=.*|Exec=$quoted|" -e "s|^TryExec=.*|TryExec=$exec_cmd|" \
  "$here/linux/$app_id.desktop" > "$data/applications/$app_id.desktop"
refresh_caches
echo "CLE Desktop is in the application menu (it starts $exec_cmd)."
