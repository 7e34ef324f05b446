#!/usr/bin/env bash
# The frozen one-folder build: dist/cle-desktop/cle-desktop starts without Python or the venv.
#   bash packaging/build.sh
# Sets up the app's venv (packaging/setup-env.sh), adds PyInstaller to it if missing, installs
# the app alone into build/stage (so db/ and resources/ have their installed layout) and runs
# packaging/cle-desktop.spec. See packaging/README.md for Windows and macOS.
# CLE_BUILD_DIR and CLE_DIST_DIR move build/ and dist/ (the frozen-build test builds in a temp
# folder).
set -euo pipefail
cd "$(dirname "$0")/.."

# A venv already set up for this pyproject.toml (with or without the test extras) will do.
if ! ls .venv/.installed-"$(sha256sum pyproject.toml | cut -c1-16)"* >/dev/null 2>&1; then
  bash packaging/setup-env.sh
fi
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6.10"
fi

work="${CLE_BUILD_DIR:-build}"
dist="${CLE_DIST_DIR:-dist}"
rm -rf "$work/stage"
.venv/bin/python -m pip install -q --no-deps --no-compile --target "$work/stage" .
rm -rf "$work"/stage/*.dist-info

CLE_STAGE="$work/stage" .venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$work/pyinstaller" --distpath "$dist" packaging/cle-desktop.spec

# The launcher install travels with the folder: `bash cle-desktop/install-desktop-entry.sh`.
cp packaging/install-desktop-entry.sh "$dist/cle-desktop/"
mkdir -p "$dist/cle-desktop/linux"
cp packaging/linux/*.desktop packaging/linux/*.metainfo.xml "$dist/cle-desktop/linux/"

# A start on the built folder, so a broken build fails here rather than on a user's machine.
"$dist/cle-desktop/cle-desktop" --version
du -sh "$dist/cle-desktop" | awk '{print "cle-desktop build: " $1 " in " $2}'
