#!/usr/bin/env bash
# HTTP benchmark and load test (`make bench` runs it after the cascade benchmark; `make load` runs it
# alone). Localhost only, bounded in time. It starts the packaged jar (with run.sh's JVM settings)
# on a fresh database with the demo data, then, all in one run:
#   1. start: the first start (migrations, demo data) and a second start against the existing
#      database, to ready, and the "started in" Quarkus reports; warnings printed at start;
#   2. throughput: wrk on each endpoint as the demo manager (Morgan), requests/s and p99, each as a
#      ratio to the readiness probe measured in the same run (the probe is measured first and last);
#   3. load: a realistic mix (scripts/bench/mix.lua: 80% reads, 20% writes) for LOAD_SECONDS at
#      LOAD_CONNECTIONS, then the resident set size (RSS) of the Java process;
#   4. faults: the same mix again while PostgreSQL is stopped (`pg_ctl stop -m fast`, as in a
#      restart: every session ended) and started again FAULT_SECONDS later: counts 503s and anything
#      else, the longest answer, the time from the database's return to the readiness probe and to
#      an authenticated API call answering again, and checks that every acknowledged write (201) is
#      in the database.
# The run has a PostgreSQL cluster of its own (initdb in .data/bench-pg, port BENCH_PG_PORT, removed
# at the end) so that stopping the database never touches a server anyone else uses. Without server
# binaries (BENCH_PG=shared), it uses ensure-postgres.sh's server and only simulates the outage: the
# database refuses connections and its sessions are terminated.
# API rate limits are off (CAIRN_RATE_LIMITS_ENABLED=false): the mix is one person on 64 connections,
# far past the per-caller limit of 600 calls a minute, which would answer 429.
# Results go to backend/target/bench/http.md; copy them with the machine and date to docs/benchmarks.md.
#
#   BENCH_HTTP_PORT (8095), BENCH_MANAGEMENT_PORT (9095), BENCH_HTTP_DB (cairn_bench_http)
#   BENCH_SECONDS per endpoint (10), BENCH_CONNECTIONS (32), LOAD_SECONDS (60), LOAD_CONNECTIONS (64),
#   WARMUP_SECONDS per endpoint before the measured runs (5; 0 skips), FAULT_SECONDS (3), JAVA_OPTS (added to CAIRN_JVM_OPTS), BENCH_PG (private, or shared),
#   BENCH_PG_PORT (54339)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT="${BENCH_HTTP_PORT:-8095}"
MGMT="${BENCH_MANAGEMENT_PORT:-9095}"
DB="${BENCH_HTTP_DB:-cairn_bench_http}"
SECONDS_EACH="${BENCH_SECONDS:-10}"
WARMUP_SECONDS="${WARMUP_SECONDS:-5}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
LOAD_SECONDS="${LOAD_SECONDS:-60}"
LOAD_CONNECTIONS="${LOAD_CONNECTIONS:-64}"
FAULT_SECONDS="${FAULT_SECONDS:-3}"
URL="http://127.0.0.1:$PORT"
OUT="$ROOT/backend/target/bench"
LOG="$OUT/http-server.log"
REPORT="$OUT/http.md"

for tool in wrk jq psql curl; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (Debian: apt-get install -y $tool)"
done
require_jar
port_in_use "$PORT" && die "port $PORT is in use: choose another with BENCH_HTTP_PORT=..."
port_in_use "$MGMT" && die "port $MGMT is in use: choose another with BENCH_MANAGEMENT_PORT=..."
mkdir -p "$OUT"
: >"$LOG"
psql_db() { PGPASSWORD="$CAIRN_DB_PASSWORD" psql -h "$CAIRN_DB_HOST" -p "$CAIRN_DB_PORT" -U "$CAIRN_DB_USER" -qAt "$@"; }
PG_MODE="${BENCH_PG:-private}"
if [[ "$PG_MODE" == private ]] && ! pg_server_bindir >/dev/null; then
    say "no PostgreSQL server binaries: the outage is simulated on the shared server (BENCH_PG=shared)"
    PG_MODE=shared
fi
if [[ "$PG_MODE" == private ]]; then
    pg_cluster_create "$ROOT/.data/bench-pg" "${BENCH_PG_PORT:-54339}"
    say "PostgreSQL of this run: $("$PG_BIN/postgres" --version), 127.0.0.1:$CAIRN_DB_PORT ($PG_DIR)"
    psql_db -d postgres -c "create database \"$DB\"" >/dev/null
    export CAIRN_DB_URL="jdbc:postgresql://$CAIRN_DB_HOST:$CAIRN_DB_PORT/$DB"
else
    use_database "$DB" --recreate
fi
export CAIRN_HTTP_PORT="$PORT" CAIRN_MANAGEMENT_PORT="$MGMT" CAIRN_DATA_DIR="$ROOT/.data" CAIRN_DEMO_DATA=true
export CAIRN_RATE_LIMITS_ENABLED=false

server_pid=""
stop_server() {
    [[ -n "$server_pid" ]] && stop_process "$server_pid"
    server_pid=""
}
restore_database() {
    if [[ "$PG_MODE" == private ]]; then
        pg_cluster_stop
        rm -rf "$PG_DIR"
    else
        psql_db -d postgres -c "alter database \"$DB\" allow_connections true" >/dev/null 2>&1 || true
    fi
}
trap 'stop_server; restore_database' EXIT

now_ms() { date +%s%3N; }

# CPU seconds (user + system, all threads) process $1 has used: on a busy machine the time to ready
# mostly measures the neighbours, this does not.
cpu_seconds() {
    awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / tick }' "/proc/$1/stat"
}

# Starts the jar; sets ready_ms to the milliseconds to a ready answer (polled every 50 ms) and
# ready_cpu to the CPU seconds the JVM used until then.
start_server() {
    local t0
    t0=$(now_ms)
    # shellcheck disable=SC2086 # the options are lists
    java $CAIRN_JVM_OPTS $(cds_opts) ${JAVA_OPTS:-} -jar "$JAR" >>"$LOG" 2>&1 &
    server_pid=$!
    for ((i = 0; i < 3600; i++)); do
        if curl -fsS -o /dev/null --max-time 1 "$URL/q/health/ready" 2>/dev/null; then
            ready_ms=$(($(now_ms) - t0))
            ready_cpu=$(cpu_seconds "$server_pid")
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || die "the server exited: see $LOG"
        sleep 0.05
    done
    die "the server was not ready within 180 s: see $LOG"
}

rss_mb() { echo $(($(ps -o rss= -p "$server_pid" || echo 0) / 1024)); }

# wrk on one GET: prints "requests/s p99_ms" (SECONDS_EACH, or the given seconds).
measure() {
    local path="$1" seconds="${2:-$SECONDS_EACH}" auth=() out rps p99
    [[ "$path" == /api/* ]] && auth=(-H "Authorization: Bearer $TOKEN")
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency "${auth[@]}" "$URL$path")
    if grep -q "Non-2xx" <<<"$out"; then
        die "$path answered errors under load: $out"
    fi
    rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
    p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' <<<"$out")
    echo "$rps $p99"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
say "first start (migrations and demo data) on $DB"
start_server
first_ms=$ready_ms
first_cpu=$ready_cpu
# Morgan's access token, fresh: tokens live 10 minutes, and a start on a busy machine can take minutes.
login() {
    TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
        -d '{"email":"morgan.manager@example.com","password":"cairn-demo"}' "$URL/api/v1/auth/login" | jq -r .accessToken)
}
stop_server
say "second start, against the existing database"
second_from=$(wc -l <"$LOG")
start_server
login
second_ms=$ready_ms
second_cpu=$ready_cpu
started=$(grep -o 'started in [0-9.]*s' "$LOG" | tail -1 | grep -o '[0-9.]*')
warnings=$(tail -n +"$((second_from + 1))" "$LOG" | grep -c ' WARN ' || true)
rss_start=$(rss_mb)

morgan=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/v1/me" | jq -r .id)
objective=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/v1/objectives?ownerId=$morgan&status=ACTIVE&size=50" |
    jq -r '.items[].id' | head -1)
session=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/v1/sessions?status=SCHEDULED&size=50" |
    jq -r '.items[] | select(.kind == "ONE_TO_ONE") | .id' | head -1)
review=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/v1/reviews?scope=to-write" | jq -r '.items[0].id')
[[ -n "$objective" && -n "$session" ]] || die "no active objective or scheduled 1:1 of Morgan's in the demo data"

ENDPOINTS=(
    /q/health/ready
    /api/v1/me
    /api/v1/objectives
    "/api/v1/objectives/$objective"
    /api/v1/cascade
    /api/v1/periods
    /api/v1/people
    /api/v1/teams
    /api/v1/sessions
    "/api/v1/sessions/$session"
    /api/v1/action-items
    "/api/v1/reviews?scope=to-write"
    "/api/v1/reviews/$review"
    /api/v1/review-cycles
    "/api/v1/feedback?scope=about-my-reports"
    /api/v1/praise
    /q/health/ready
)
declare -A RPS P99
probe_runs=()
# A fresh JVM interprets, then compiles, the code of each request: measured cold, the first endpoints
# pay for the compilation of the paths all share (security, JSON, JDBC). One short pass over every
# endpoint first, so each figure is the steady state a running server has.
if ((WARMUP_SECONDS > 0)); then
    say "warm-up: ${WARMUP_SECONDS}s per endpoint, not recorded"
    for path in "${ENDPOINTS[@]}"; do measure "$path" "$WARMUP_SECONDS" >/dev/null; done
    login
fi
say "throughput: wrk -t2 -c$CONNECTIONS, ${SECONDS_EACH}s per endpoint"
for path in "${ENDPOINTS[@]}"; do
    read -r rps p99 < <(measure "$path")
    if [[ "$path" == /q/health/ready ]]; then
        probe_runs+=("$rps")
    fi
    RPS[$path]=$rps
    P99[$path]=$p99
    say "  $path: $rps/s, p99 $p99 ms"
done
probe=$(awk -v a="${probe_runs[0]}" -v b="${probe_runs[1]}" 'BEGIN { printf "%.0f", (a + b) / 2 }')
rss_bench=$(rss_mb)

run_mix() {
    login
    BENCH_TOKEN="$TOKEN" BENCH_OBJECTIVE="$objective" BENCH_SESSION="$session" BENCH_MARKER="$1" \
        wrk -t2 -c"$LOAD_CONNECTIONS" -d"${LOAD_SECONDS}s" --timeout 10s -s "$ROOT/scripts/bench/mix.lua" "$URL/" |
        grep '^MIX'
}
# Rows carrying the marker: check-ins, comments and agenda items written by the mix.
stored() {
    psql_db -d "$DB" -c "select (select count(*) from check_ins where comment = '$1')
        + (select count(*) from objective_comments where body = '$1')
        + (select count(*) from session_agenda_items where title = '$1')"
}
field() { grep -o "$1=[0-9.]*" <<<"$2" | cut -d= -f2; }

say "load: ${LOAD_SECONDS}s of the mix at $LOAD_CONNECTIONS connections"
mix=$(run_mix load-steady)
rss_load=$(rss_mb)
stored_steady=$(stored load-steady)

# Milliseconds from $1 (now_ms) until GET $2 answers 2xx. Each try may take 15 s: under the mix a
# request waits its turn behind 64 others (see the mix's p99), which is not the outage's doing.
answers_after() {
    local from="$1" path="$2" auth=()
    [[ "$path" == /api/* ]] && auth=(-H "Authorization: Bearer $TOKEN")
    until curl -fsS -o /dev/null --max-time 15 "${auth[@]}" "$URL$path" 2>/dev/null; do sleep 0.05; done
    echo $(($(now_ms) - from))
}

if [[ "$PG_MODE" == private ]]; then
    outage="PostgreSQL stopped (pg_ctl stop -m fast) and started again ${FAULT_SECONDS}s later"
else
    outage="the database refused connections and its sessions were terminated, for ${FAULT_SECONDS}s (simulated: BENCH_PG=shared)"
fi
# One call while the database is down: it must answer 503 soon (bounded by the pool's acquisition
# timeout), never hang. Prints "status seconds" to $OUT/while-down.
while_down() {
    sleep 0.5
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 -H "Authorization: Bearer $TOKEN" \
        "$URL/api/v1/objectives" >"$OUT/while-down" 2>&1 || echo "none 30" >"$OUT/while-down"
}
say "faults: the mix again; after $((LOAD_SECONDS / 3))s $outage"
login # a fresh token for the calls of the fault run below (run_mix signs in for the mix itself)
(
    sleep $((LOAD_SECONDS / 3))
    if [[ "$PG_MODE" == private ]]; then
        pg_cluster_stop
        down=$(now_ms)
        while_down &
        sleep "$FAULT_SECONDS"
        wait $!
        pg_cluster_start
    else
        psql_db -d postgres -c "alter database \"$DB\" allow_connections false" >/dev/null
        psql_db -d postgres -c "select count(pg_terminate_backend(pid)) from pg_stat_activity
            where datname = '$DB' and pid <> pg_backend_pid()" >/dev/null
        down=$(now_ms)
        while_down &
        sleep "$FAULT_SECONDS"
        wait $!
        psql_db -d postgres -c "alter database \"$DB\" allow_connections true" >/dev/null
    fi
    back=$(now_ms)
    echo "$((back - down)) $(answers_after "$back" /q/health/ready) $(answers_after "$back" /api/v1/me)" >"$OUT/recovery-ms"
) &
fault_pid=$!
fault_mix=$(run_mix load-fault)
wait "$fault_pid"
read -r down_ms recovery_ms recovery_api_ms <"$OUT/recovery-ms"
read -r down_status down_seconds <"$OUT/while-down" || true
stored_fault=$(stored load-fault)
rss_end=$(rss_mb)

ratio() { awk -v a="$1" -v b="$probe" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
{
    echo "# HTTP benchmark — $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -1)"
    echo
    echo "JVM: $CAIRN_JVM_OPTS ${JAVA_OPTS:-}, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; class data sharing: ${CAIRN_CDS:-true}"
    echo "(the first start writes the archive when it stops, the second maps it); load average at the start: $load_start"
    echo
    echo "| start | to ready | CPU used to ready | Quarkus \"started in\" | warnings |"
    echo "|---|---:|---:|---:|---:|"
    echo "| first (migrations, demo data) | $first_ms ms | $first_cpu s | | |"
    echo "| second (existing database) | $second_ms ms | $second_cpu s | ${started} s | $warnings |"
    echo
    echo "Readiness probe: $probe requests/s (mean of the first and last run: ${probe_runs[*]})."
    echo
    echo "| endpoint (wrk -t2 -c$CONNECTIONS, ${SECONDS_EACH}s) | requests/s | ratio to probe | p99 |"
    echo "|---|---:|---:|---:|"
    for path in "${ENDPOINTS[@]}"; do
        [[ "$path" == /q/health/ready ]] && continue
        shown=${path//$objective/\{id\}}
        shown=${shown//$session/\{id\}}
        shown=${shown//$review/\{id\}}
        echo "| GET $shown | ${RPS[$path]} | $(ratio "${RPS[$path]}") | ${P99[$path]} ms |"
    done
    echo
    echo "| load (mix.lua, $LOAD_CONNECTIONS connections, ${LOAD_SECONDS}s) | requests | 2xx writes | 503 | 5xx other | 4xx | socket errors | p99 | longest | writes stored |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for run in steady fault; do
        if [[ $run == steady ]]; then line=$mix stored=$stored_steady; else line=$fault_mix stored=$stored_fault; fi
        echo "| $run | $(field requests "$line") | $(field created "$line") | $(field unavailable "$line") | $(field failed "$line") | $(field client_errors "$line") | $(field socket_errors "$line") | $(field p99_ms "$line") ms | $(field max_ms "$line") ms | $stored |"
    done
    echo
    echo "Fault run: $outage (away ${down_ms} ms). While it was down, GET /api/v1/objectives answered"
    echo "$down_status in ${down_seconds} s. After it took connections again: readiness probe 2xx in"
    echo "**${recovery_ms} ms**, an authenticated call (GET /api/v1/me) 2xx in **${recovery_api_ms} ms**."
    echo
    echo "RSS of the Java process: ${rss_start} MB after start, ${rss_bench} MB after the throughput runs,"
    echo "${rss_load} MB after the ${LOAD_SECONDS}s load, ${rss_end} MB at the end."
    echo
    echo "Load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
} >"$REPORT"
cat "$REPORT"
lost_steady=$(($(field created "$mix") - stored_steady))
lost_fault=$(($(field created "$fault_mix") - stored_fault))
((lost_steady <= 0 && lost_fault <= 0)) || die "acknowledged writes are missing: $lost_steady (steady), $lost_fault (fault)"
