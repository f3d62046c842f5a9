#!/usr/bin/env bash
# Development mode: Quarkus dev mode (live reload, http://localhost:8080) and the Vite dev
# server (http://localhost:5173, proxying /api and /q to 8080) together. Ctrl-C stops both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

use_database cairn
export CAIRN_DATA_DIR="${CAIRN_DATA_DIR:-$ROOT/.data}"
export CAIRN_API_URL="${CAIRN_API_URL:-http://localhost:${CAIRN_HTTP_PORT:-8080}}"

# Vite runs in its own process group so that the whole npm → node tree can be stopped at once.
set -m
(cd "$ROOT/frontend" && exec npm run dev) </dev/null &
vite_pgid=$!
set +m

stop_vite() {
    trap - INT TERM EXIT
    kill -TERM -- "-$vite_pgid" 2>/dev/null || true
    wait "$vite_pgid" 2>/dev/null || true
}
trap 'stop_vite; exit 130' INT
trap 'stop_vite; exit 143' TERM
trap stop_vite EXIT

# Quarkus stays in the foreground: its console keys (r = rerun tests, h = help) work.
cd "$ROOT/backend"
./mvnw -ntp quarkus:dev
