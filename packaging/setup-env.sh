#!/usr/bin/env bash
# Sets up everything CLE Desktop needs on a Debian machine with Python 3.11+; idempotent and
# quick the second time (it only installs what is missing).
#   bash packaging/setup-env.sh          # the app
#   bash packaging/setup-env.sh --test   # the app + everything the test suite uses
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

# Qt's xcb platform plugin and QtWebEngine need these shared libraries on a bare Debian.
apt_packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xkb1 libxcb-shape0 libxkbcommon-x11-0 libegl1 libgl1 libnss3 libxcomposite1 libxdamage1
  libxrandr2 libxtst6 libxkbfile1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  # WeasyPrint lays out the PDF report with Pango (loaded through cffi); HarfBuzz's subsetter
  # makes the embedded font subsets. Symbola draws the emoji people put in names and stories
  # (DejaVu has none), so no glyph prints as an empty box.
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-symbola)
if [ "$want_tests" = 1 ]; then
  # Xvfb/xdotool drive a real window; chromium opens exported maps; poppler (pdffonts,
  # pdfinfo, pdftotext, pdftoppm) and LibreOffice check the PDF and DOCX reports (Calc the CSV and XLSX); GDAL is the independent reader for
  # GeoJSON/KML; desktop-file-utils and appstream validate the launcher and the AppStream file.
  apt_packages+=(xvfb xdotool imagemagick chromium poppler-utils libreoffice-writer-nogui
    libreoffice-calc-nogui gdal-bin desktop-file-utils appstream)
fi

missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else sudo=none; fi
  if [ "$sudo" = none ]; then
    echo "Please install these Debian packages first: ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "CLE Desktop needs Python 3.11 or newer ($python is older)." >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv

extras=""
[ "$want_tests" = 1 ] && extras="[test]"
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)${extras:+-test}"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras}"
  touch "$stamp"
fi

# Byte-compile the app as a non-editable install would (pip compiles at install time): the
# window then opens without compiling our modules first, also where PYTHONDONTWRITEBYTECODE
# is set. Only changed files are compiled, so this is quick the second time.
.venv/bin/python -m compileall -q cle_desktop >/dev/null || true
