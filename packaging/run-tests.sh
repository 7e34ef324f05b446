#!/usr/bin/env bash
# One command: set up (if needed) and run the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-env.sh --test
export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu"
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
exit "$status"
