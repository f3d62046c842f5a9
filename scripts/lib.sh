# Shared helpers for the scripts in this folder; sourced, not run.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# CAIRN_JAR overrides the packaged backend (e.g. a jar built elsewhere).
JAR="${CAIRN_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"
SCRIPT_NAME="$(basename "$0" .sh)"

say() { echo "$SCRIPT_NAME: $*" >&2; }
die() {
    say "$*"
    exit 1
}

# The JVM settings every local start uses (run.sh, e2e, bench), chosen for a resident set under
# 350 MB under load on a small machine (docs/benchmarks.md has the figures): a fixed 128 MB heap with
# the serial collector (one GC thread: no parallel-GC threads fighting the request threads on 2
# cores), bounded metaspace, code cache and direct buffers, smaller thread stacks. JAVA_OPTS adds to
# them (or overrides: a later -Xmx wins); CAIRN_JVM_OPTS= (empty) starts with the JVM's own defaults.
CAIRN_JVM_OPTS="${CAIRN_JVM_OPTS-"-XX:+UseSerialGC -Xms128m -Xmx128m -XX:MaxMetaspaceSize=128m \
-XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+ExitOnOutOfMemoryError"}"
# glibc gives each thread that allocates its own malloc arena (64 MB reserved, partly resident);
# two are plenty for a JVM, whose heap is not malloc'ed.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# Prints the JVM options for a class data sharing archive of the jar's classes (AppCDS, JDK 13+
# dynamic archive), kept in .data/cds/ per build of the jar: the first start after a build writes
# it when the JVM exits, later starts map it instead of loading and verifying ~9,000 classes.
# CAIRN_CDS=false turns it off.
cds_opts() {
    [[ "${CAIRN_CDS:-true}" == true ]] || return 0
    local dir="$ROOT/.data/cds" stamp
    stamp=$(find "$(dirname "$JAR")" -name '*.jar' -printf '%p %T@ %s\n' | sort | md5sum | cut -c1-12)
    mkdir -p "$dir"
    local archive="$dir/cairn-$stamp.jsa"
    if [[ -s "$archive" ]]; then
        echo "-XX:SharedArchiveFile=$archive -Xlog:cds=off,cds+dynamic=off"
    else
        rm -f "$dir"/cairn-*.jsa
        echo "-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off,cds+dynamic=off"
    fi
}

require_jar() {
    [[ -f "$JAR" ]] || die "$JAR is missing: build it with 'make build'"
}

# Ensures PostgreSQL and database $1 (extra arguments go to ensure-postgres.sh), then exports
# the connection the backend reads: CAIRN_DB_URL, CAIRN_DB_USER, CAIRN_DB_PASSWORD.
use_database() {
    local db="$1"
    shift
    "$ROOT/scripts/ensure-postgres.sh" "$@" "$db"
    local key value
    while IFS='=' read -r key value; do
        case "$key" in
            CAIRN_DB_HOST | CAIRN_DB_PORT | CAIRN_DB_USER | CAIRN_DB_PASSWORD) export "$key=$value" ;;
        esac
    done <"$ROOT/.data/db.env"
    export CAIRN_DB_URL="jdbc:postgresql://$CAIRN_DB_HOST:$CAIRN_DB_PORT/$db"
}

# Prints the browser for the browser tests: CHROMIUM_PATH, else chromium from the PATH.
find_chromium() {
    if [[ -n "${CHROMIUM_PATH:-}" ]]; then
        [[ -x "$CHROMIUM_PATH" ]] || die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"
        echo "$CHROMIUM_PATH"
    else
        command -v chromium || command -v chromium-browser
    fi
}

# Succeeds when something accepts TCP connections on localhost port $1.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Waits until URL $1 answers 2xx while process $2 lives, for at most $3 seconds; says why not.
wait_until_ready() {
    local url="$1" pid="$2" deadline=$((SECONDS + $3))
    while ((SECONDS < deadline)); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            say "the server exited before $url answered"
            return 1
        fi
        sleep 0.5
    done
    say "$url did not answer within $3 s"
    return 1
}

# Starts the packaged jar in the background on port $1, its management interface on port $2,
# logging to file $3, and waits up to $4 seconds until it is ready; says so as instance $5, or dies.
# Its pid goes into the caller's `pids` array (for the caller's cleanup to stop_process), even when
# it does not start. The environment configures it (CAIRN_DB_URL, CAIRN_DATA_DIR, ...); JAVA_OPTS
# adds JVM options.
start_instance() {
    local port="$1" mgmt="$2" log="$3" limit="$4" name="$5" t0=$SECONDS
    # shellcheck disable=SC2086 # the options are lists
    CAIRN_HTTP_PORT="$port" CAIRN_MANAGEMENT_PORT="$mgmt" \
        java $CAIRN_JVM_OPTS ${JAVA_OPTS:-} -jar "$JAR" >"$log" 2>&1 &
    pids+=($!)
    wait_until_ready "http://127.0.0.1:$port/q/health/ready" "$!" "$limit" || die "instance $name did not start: see $log"
    say "instance $name ready on :$port in $((SECONDS - t0)) s"
}

# Stops process $1 with TERM and waits for it (up to 120 s, then KILL): a JVM writing its class data
# sharing archive at exit (cds_opts) needs ~5 s on an idle machine, close to a minute on a busy one.
stop_process() {
    local pid="$1" i
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 240; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

# --- a throwaway PostgreSQL cluster for the load scripts (bench-http.sh, load-cluster.sh): they
# stop and start the database under load, which must never hit a server other people use. ---

# Prints the folder of the installed PostgreSQL server binaries (initdb, pg_ctl), the newest first.
pg_server_bindir() {
    local dir
    for dir in ${CAIRN_PG_BINDIR:-} $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -rn); do
        [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && {
            echo "$dir"
            return 0
        }
    done
    return 1
}

# Runs a server binary as the postgres user when we are root (initdb refuses root).
pg_as_owner() {
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

# Starts a fresh cluster in folder $1 on 127.0.0.1 port $2 (trust authentication, socket in the
# folder) and exports CAIRN_DB_HOST/PORT/USER/PASSWORD for it. PG_BIN is set for pg_cluster_*.
pg_cluster_create() {
    local dir="$1" port="$2"
    PG_BIN=$(pg_server_bindir) || die "no PostgreSQL server binaries (Debian: apt-get install -y postgresql)"
    port_in_use "$port" && die "port $port (the load test's own PostgreSQL) is in use: choose another with BENCH_PG_PORT=..."
    rm -rf "$dir"
    mkdir -p "$dir"
    ((EUID == 0)) && chown postgres "$dir"
    pg_as_owner "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 ||
        die "initdb failed: see $dir.initdb.log"
    PG_DIR="$dir" PG_PORT="$port"
    pg_cluster_start
    export CAIRN_DB_HOST=127.0.0.1 CAIRN_DB_PORT="$port" CAIRN_DB_USER=postgres CAIRN_DB_PASSWORD=""
}

pg_cluster_start() {
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c max_connections=200" start >/dev/null ||
        die "PostgreSQL did not start: see $PG_DIR/server.log"
}

# Stops the cluster the way a restart does: every session is ended (SQLSTATE 57P01), then it exits.
pg_cluster_stop() {
    [[ -n "${PG_DIR:-}" && -f "$PG_DIR/postmaster.pid" ]] || return 0
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}
