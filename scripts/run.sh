#!/usr/bin/env bash
# Runs the packaged backend, which also serves the SPA, against the local `cairn` database.
# `make run` builds what changed and then calls this. Ctrl-C stops the server.
#
#   PORT (or CAIRN_HTTP_PORT)  HTTP port, default 8080
#   CAIRN_DATA_DIR             generated JWT keys, default <repo>/.data
#   CAIRN_DEMO_DATA            seed the demo organization, default true
#   CAIRN_MANAGEMENT_PORT      metrics (/q/metrics), default PORT + 920 (9000 for 8080)
#   CAIRN_DB_NAME              the database, default cairn (e.g. cairn_run_<name> side by side)
#   JAVA_OPTS                  extra JVM options, after the defaults in lib.sh (CAIRN_JVM_OPTS:
#                              serial GC, 128 MB heap; -Xmx... here overrides)
#   CAIRN_CDS                  class data sharing archive in .data/cds, written by the first start
#                              after a build and used by the next ones, default true
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${PORT:-${CAIRN_HTTP_PORT:-8080}}"
require_jar
command -v java >/dev/null 2>&1 || die "java not found: install a JDK/JRE 17 or newer"
use_database "${CAIRN_DB_NAME:-cairn}"
port_in_use "$PORT" && die "port $PORT is already in use: stop that process or choose another with PORT=..."

export CAIRN_HTTP_PORT="$PORT"
export CAIRN_DATA_DIR="${CAIRN_DATA_DIR:-$ROOT/.data}"
export CAIRN_DEMO_DATA="${CAIRN_DEMO_DATA:-true}"
export CAIRN_MANAGEMENT_PORT="${CAIRN_MANAGEMENT_PORT:-$((PORT + 920))}"
port_in_use "$CAIRN_MANAGEMENT_PORT" &&
    die "port $CAIRN_MANAGEMENT_PORT (metrics) is in use: choose another with CAIRN_MANAGEMENT_PORT=..."

# shellcheck disable=SC2086 # the options are lists
java $CAIRN_JVM_OPTS $(cds_opts) ${JAVA_OPTS:-} -jar "$JAR" &
server_pid=$!

stop_server() {
    trap - INT TERM EXIT
    if kill -0 "$server_pid" 2>/dev/null; then
        say "stopping the server (pid $server_pid)"
        stop_process "$server_pid"
    fi
}
trap 'stop_server; exit 130' INT
trap 'stop_server; exit 143' TERM
trap stop_server EXIT

url="http://localhost:$PORT"
if ! wait_until_ready "$url/q/health/ready" "$server_pid" 180; then
    die "see the server output above"
fi

cat >&2 <<BANNER

  Cairn is running: $url
    Swagger UI  $url/q/swagger-ui
    health      $url/q/health
    metrics     http://localhost:$CAIRN_MANAGEMENT_PORT/q/metrics
$(if [[ "$CAIRN_DEMO_DATA" == true ]]; then
    cat <<DEMO
  Demo logins (password cairn-demo):
    alex.admin@example.com        admin
    morgan.manager@example.com    manager
    erin.employee@example.com     employee
DEMO
fi)
  Database: $CAIRN_DB_URL   Press Ctrl-C to stop.

BANNER

set +e
wait "$server_pid"
status=$?
set -e
trap - INT TERM EXIT
say "the server exited with status $status"
exit "$status"
