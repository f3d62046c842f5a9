#!/usr/bin/env bash
# Start time (`make bench-start`): `make run` with nothing changed, and the packaged jar alone, each
# START_RUNS times (3) to a ready answer, against an existing database with the demo data (the first
# start, which creates them, is not counted). Prints the median wall time, the CPU seconds the JVM
# used until ready (on a busy machine the wall time mostly measures the neighbours) and the warnings
# printed, and writes backend/target/bench/start.md.
#
#   START_PORT (8099), START_DB (cairn_start), START_RUNS (3)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${START_PORT:-8099}"
DB="${START_DB:-cairn_start}"
RUNS="${START_RUNS:-3}"
OUT="$ROOT/backend/target/bench"
LOG="$OUT/start-server.log"
mkdir -p "$OUT"
require_jar
port_in_use "$PORT" && die "port $PORT is in use: choose another with START_PORT=..."
use_database "$DB"
export CAIRN_DB_NAME="$DB" CAIRN_MANAGEMENT_PORT=$((PORT + 1)) CAIRN_HTTP_PORT="$PORT"
port_in_use "$CAIRN_MANAGEMENT_PORT" && die "port $CAIRN_MANAGEMENT_PORT is in use: choose another START_PORT"

now_ms() { date +%s%3N; }
cpu_seconds() { awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / tick }' "/proc/$1/stat"; }

# Runs "$@" in its own process group, waits for ready; prints "wall_ms cpu_s warnings" and stops it.
measure() {
    local t0 pid jvm from
    from=$(wc -l <"$LOG")
    t0=$(now_ms)
    setsid "$@" >>"$LOG" 2>&1 &
    pid=$!
    until curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || die "the server exited: see $LOG"
        sleep 0.02
    done
    local wall=$(($(now_ms) - t0))
    jvm=$(pgrep -s "$pid" -f -- "-jar $JAR" | head -1)
    echo "$wall $(cpu_seconds "$jvm") $(tail -n +"$((from + 1))" "$LOG" | grep -c ' WARN ' || true)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: >"$LOG"
say "a first start creates the schema and the demo data in $DB (not counted)"
measure java $CAIRN_JVM_OPTS -jar "$JAR" >/dev/null
declare -a make_runs jar_runs
for ((i = 1; i <= RUNS; i++)); do
    make_runs+=("$(measure make -s -C "$ROOT" run PORT="$PORT")")
    say "make run #$i: ${make_runs[-1]}"
    # shellcheck disable=SC2086 # the options are lists
    jar_runs+=("$(measure java $CAIRN_JVM_OPTS $(cds_opts) -jar "$JAR")")
    say "jar #$i: ${jar_runs[-1]}"
done
{
    echo "# Start time — $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| start ($RUNS runs, existing database) | median to ready | median CPU to ready | warnings | runs (ms) |"
    echo "|---|---:|---:|---:|---|"
    echo "| \`make run\`, nothing changed | $(printf '%s\n' "${make_runs[@]}" | awk '{ print $1 }' | median) ms | $(printf '%s\n' "${make_runs[@]}" | awk '{ print $2 }' | median) s | $(printf '%s\n' "${make_runs[@]}" | awk '{ s += $3 } END { print s }') | $(printf '%s\n' "${make_runs[@]}" | awk '{ print $1 }' | paste -sd' ') |"
    echo "| the jar alone (java -jar, CDS) | $(printf '%s\n' "${jar_runs[@]}" | awk '{ print $1 }' | median) ms | $(printf '%s\n' "${jar_runs[@]}" | awk '{ print $2 }' | median) s | $(printf '%s\n' "${jar_runs[@]}" | awk '{ s += $3 } END { print s }') | $(printf '%s\n' "${jar_runs[@]}" | awk '{ print $1 }' | paste -sd' ') |"
} >"$OUT/start.md"
cat "$OUT/start.md"
