#!/usr/bin/env bash
# One command: set up (if needed) and start CLE Desktop on its embedded SQLite default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-env.sh
exec .venv/bin/cle-desktop "$@"
