#!/usr/bin/env bash
# Live events benchmark (`make bench`, issue #12): starts the packaged jar with the JVM settings of
# scripts/run.sh (lib.sh's CAIRN_JVM_OPTS, class data sharing) on a fresh database, then runs
# backend/src/test/java/app/cairn/bench/LiveEventsBenchmark against it: 1,000 concurrent SSE streams
# (GET /api/v1/events, one per person), events raised for all of them, delivery latency p50/p99 and
# the server's resident set (VmRSS). Writes backend/target/bench/live.md.
#
#   BENCH_LIVE_PORT         HTTP port of the server, default 8097 (management port: + 1)
#   BENCH_LIVE_DB           database to recreate for the run, default cairn_bench_live
#   BENCH_LIVE_CONNECTIONS  concurrent streams, default 1000
#   BENCH_LIVE_ROUNDS       events raised for every stream, default 10
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_LIVE_PORT:-8097}"
MGMT="$((PORT + 1))"
URL="http://127.0.0.1:$PORT"
OUT="$ROOT/backend/target/bench"
LOG="$OUT/live-server.log"
require_jar
port_in_use "$PORT" && die "port $PORT is in use: choose another with BENCH_LIVE_PORT=..."
port_in_use "$MGMT" && die "port $MGMT is in use: choose another with BENCH_LIVE_PORT=..."
(($(ulimit -n) >= 2 * ${BENCH_LIVE_CONNECTIONS:-1000} + 200)) ||
    ulimit -n $((2 * ${BENCH_LIVE_CONNECTIONS:-1000} + 200)) ||
    die "open files limit $(ulimit -n) is too low for ${BENCH_LIVE_CONNECTIONS:-1000} streams"
mkdir -p "$OUT"
: >"$LOG"
use_database "${BENCH_LIVE_DB:-cairn_bench_live}" --recreate
export CAIRN_HTTP_PORT="$PORT" CAIRN_MANAGEMENT_PORT="$MGMT" CAIRN_DATA_DIR="$ROOT/.data" CAIRN_DEMO_DATA=false
export CAIRN_RATE_LIMITS_ENABLED=false

# shellcheck disable=SC2086 # the options are lists
java $CAIRN_JVM_OPTS $(cds_opts) ${JAVA_OPTS:-} -jar "$JAR" >>"$LOG" 2>&1 &
server_pid=$!
trap 'stop_process "$server_pid"' EXIT
wait_until_ready "$URL/q/health/ready" "$server_pid" 300 || die "the server did not start: see $LOG"
say "server ready (pid $server_pid), RSS $(($(ps -o rss= -p "$server_pid") / 1024)) MB; load $(cut -d' ' -f1-3 /proc/loadavg)"

cd "$ROOT/backend"
./mvnw -B -ntp test -Dgroups=bench -Dbench.excluded=none -Dtest=LiveEventsBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.live.url="$URL" -Dbench.live.pid="$server_pid" -Dbench.live.db="$CAIRN_DB_URL" \
    -Dbench.live.db.user="$CAIRN_DB_USER" -Dbench.live.db.password="$CAIRN_DB_PASSWORD" \
    -Dbench.live.key="$CAIRN_DATA_DIR/jwt/private-key.pem" \
    -Dbench.live.connections="${BENCH_LIVE_CONNECTIONS:-1000}" -Dbench.live.rounds="${BENCH_LIVE_ROUNDS:-10}"
say "live events: backend/target/bench/live.md"
cat target/bench/live.md
