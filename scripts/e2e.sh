#!/usr/bin/env bash
# Browser tests: starts the packaged backend (with the SPA and demo data) on a fresh
# `cairn_e2e` database, runs Playwright against it with the system Chromium, stops the server.
# The exit status is Playwright's. `make e2e` builds what changed and then calls this.
#
#   E2E_PORT        port for the server under test, default 8081
#   E2E_DB          database to recreate for the run, default cairn_e2e
#   CHROMIUM_PATH   browser to drive, default `command -v chromium`
#   extra arguments go to `playwright test` (e.g. scripts/e2e.sh --grep login)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

E2E_PORT="${E2E_PORT:-8081}"
E2E_DB="${E2E_DB:-cairn_e2e}"

if ! CHROMIUM_PATH="$(find_chromium)"; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "installing Chromium for the browser tests (apt-get install chromium)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq chromium >/dev/null
        CHROMIUM_PATH="$(command -v chromium)" || die "chromium is still missing after apt-get install"
    else
        die "Chromium is needed for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary. Playwright's own browser download is not used."
    fi
fi
export CHROMIUM_PATH

require_jar
use_database "$E2E_DB" --recreate
port_in_use "$E2E_PORT" && die "port $E2E_PORT is already in use: stop that process or set E2E_PORT"

data_dir="$ROOT/.data/e2e-$E2E_PORT"
mkdir -p "$data_dir"
log="$data_dir/server.log"
say "starting the server on port $E2E_PORT (log: ${log#"$ROOT"/})"
# The management interface (metrics) on a free port: the browser tests do not use it. Webhooks may
# target a receiver the spec starts on this machine (plain http on 127.0.0.1).
CAIRN_HTTP_PORT="$E2E_PORT" CAIRN_MANAGEMENT_PORT=0 CAIRN_DATA_DIR="$data_dir" CAIRN_DEMO_DATA=true \
    CAIRN_WEBHOOK_ALLOWED_PRIVATE_TARGETS="${CAIRN_WEBHOOK_ALLOWED_PRIVATE_TARGETS:-127.0.0.1/32}" \
    CAIRN_WEBHOOK_ALLOW_HTTP="${CAIRN_WEBHOOK_ALLOW_HTTP:-true}" \
    java ${JAVA_OPTS:-} -jar "$JAR" >"$log" 2>&1 &
server_pid=$!

stop_server() {
    trap - INT TERM EXIT
    stop_process "$server_pid"
}
trap 'stop_server; exit 130' INT
trap 'stop_server; exit 143' TERM
trap stop_server EXIT

base_url="http://localhost:$E2E_PORT"
# As long as run.sh waits: a shared or busy machine can take over a minute to start it.
if ! wait_until_ready "$base_url/q/health/ready" "$server_pid" 180; then
    say "the server log:"
    cat "$log" >&2
    exit 1
fi
say "server ready at $base_url; running Playwright with $CHROMIUM_PATH"

cd "$ROOT/frontend"
set +e
E2E_BASE_URL="$base_url" E2E_SERVER_LOG="$log" npx --no-install playwright test "$@"
status=$?
set -e
((status == 0)) || say "Playwright failed (status $status); server log: ${log#"$ROOT"/}"
exit "$status"
