#!/usr/bin/env bash
# Ensure a PostgreSQL server is reachable and the named databases exist.
#
#   scripts/ensure-postgres.sh [--recreate] [dbname...]
#
# Where the server comes from, first match wins:
#   1. a server already answering on CAIRN_DB_HOST:CAIRN_DB_PORT (default 127.0.0.1:5432) as
#      CAIRN_DB_USER (default postgres; password from PGPASSWORD or CAIRN_DB_PASSWORD);
#   2. a private cluster in .data/pg on port 54329, made with the locally installed server
#      binaries (as the `postgres` user when run as root);
#   3. the `db` service of docker-compose.yml, when a Docker engine and `docker compose` work;
#   4. otherwise it exits 1 and says what to install.
#
# The connection to use is written to .data/db.env (CAIRN_DB_HOST, CAIRN_DB_PORT, CAIRN_DB_USER,
# CAIRN_DB_PASSWORD), a file both the shell and make can read, and summarised on stderr.
#
#   --recreate                 drop (disconnecting sessions) and create the named databases
#   CAIRN_PG_FORCE_PRIVATE=1   skip step 1 and use the private cluster (to test that path)
#   CAIRN_PG_PRIVATE_PORT      port of the private cluster (default 54329)
#   CAIRN_PG_BINDIR            folder with initdb/pg_ctl/postgres (default: searched)
#   scripts/ensure-postgres.sh --stop   stop the private cluster, if it runs
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="$ROOT/.data"
PG_DIR="$DATA_DIR/pg"
ENV_FILE="$DATA_DIR/db.env"
PRIVATE_PORT="${CAIRN_PG_PRIVATE_PORT:-54329}"

say() { echo "ensure-postgres: $*" >&2; }
die() {
    say "$*"
    exit 1
}

recreate=0
stop=0
databases=()
for arg in "$@"; do
    case "$arg" in
        --recreate) recreate=1 ;;
        --stop) stop=1 ;;
        -h | --help)
            sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        -*) die "unknown option $arg" ;;
        *)
            [[ "$arg" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "invalid database name '$arg'"
            databases+=("$arg")
            ;;
    esac
done

# --- finding binaries --------------------------------------------------------------------------

# Candidate folders for initdb, pg_ctl and postgres: CAIRN_PG_BINDIR when set, else pg_config's,
# the highest Debian/Ubuntu versioned folder, the source-install default, then the PATH.
server_bindir_candidates() {
    if [[ -n "${CAIRN_PG_BINDIR:-}" ]]; then
        echo "$CAIRN_PG_BINDIR"
        return
    fi
    if command -v pg_config >/dev/null 2>&1; then
        pg_config --bindir 2>/dev/null || true
    fi
    if compgen -G '/usr/lib/postgresql/*/bin' >/dev/null; then
        ls -d /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -n -r
    fi
    echo /usr/local/pgsql/bin
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

find_server_bindir() {
    local dir
    while IFS= read -r dir; do
        if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            echo "$dir"
            return 0
        fi
    done < <(server_bindir_candidates)
    return 1
}

SERVER_BINDIR="$(find_server_bindir || true)"

# A client tool (psql, pg_isready) from the PATH, else from the server folder.
client_tool() {
    if command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
    elif [[ -n "$SERVER_BINDIR" && -x "$SERVER_BINDIR/$1" ]]; then
        echo "$SERVER_BINDIR/$1"
    else
        return 1
    fi
}

PSQL="$(client_tool psql || true)"
PG_ISREADY="$(client_tool pg_isready || true)"

# Answers when a server accepts connections on host $1 port $2 (no authentication needed).
server_answers() {
    if [[ -n "$PG_ISREADY" ]]; then
        "$PG_ISREADY" -q -h "$1" -p "$2" -t 2 >/dev/null 2>&1
    else
        (exec 3<>"/dev/tcp/$1/$2") >/dev/null 2>&1
    fi
}

# Runs psql as the chosen connection against the maintenance database.
run_psql() {
    PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" "$PSQL" -X -q -v ON_ERROR_STOP=1 \
        -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres "$@"
}

can_log_in() {
    [[ -n "$PSQL" ]] && run_psql -Atc 'SELECT 1' >/dev/null 2>&1
}

# --- the private cluster -----------------------------------------------------------------------

AS_POSTGRES=()

prepare_private_owner() {
    if [[ "$(id -u)" != 0 ]]; then
        mkdir -p "$PG_DIR"
        return
    fi
    # initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
    if ! id postgres >/dev/null 2>&1; then
        command -v useradd >/dev/null 2>&1 || die "no 'postgres' user to run the server as; create one"
        say "creating system user 'postgres' to own the private cluster"
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
    command -v runuser >/dev/null 2>&1 || die "runuser (util-linux) is needed to start PostgreSQL as root"
    AS_POSTGRES=(runuser -u postgres --)
    mkdir -p "$PG_DIR"
    # postgres must be able to walk down to .data/pg (e.g. a clone under /root, mode 700).
    local dir="" part
    IFS=/ read -r -a parts <<<"${DATA_DIR#/}"
    for part in "${parts[@]}"; do
        dir="$dir/$part"
        if ! runuser -u postgres -- test -x "$dir"; then
            say "granting others search (x) permission on $dir so postgres can reach .data/pg"
            chmod o+x "$dir"
        fi
    done
    if [[ "$(stat -c %U "$PG_DIR")" != postgres ]]; then
        chown -R postgres: "$PG_DIR"
    fi
}

pg_ctl_private() {
    # The socket goes into the data folder (the system socket folder may not exist), unless the
    # path is too long for a Unix socket: then TCP only.
    local socket_dir="$PG_DIR"
    ((${#PG_DIR} < 90)) || socket_dir=""
    ${AS_POSTGRES[@]+"${AS_POSTGRES[@]}"} "$SERVER_BINDIR/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" \
        -o "-p $PRIVATE_PORT -c listen_addresses=127.0.0.1 -k '$socket_dir'" "$@" 9>&-
}

start_private_cluster() {
    [[ -n "$SERVER_BINDIR" ]] || return 1
    DB_HOST=127.0.0.1 DB_PORT="$PRIVATE_PORT" DB_USER=postgres DB_PASSWORD=""
    if can_log_in; then
        SOURCE="private cluster in .data/pg (already running)"
        return 0
    fi
    prepare_private_owner
    if [[ ! -f "$PG_DIR/PG_VERSION" ]]; then
        say "creating a private cluster in $PG_DIR with $SERVER_BINDIR/initdb"
        chmod 700 "$PG_DIR"
        ${AS_POSTGRES[@]+"${AS_POSTGRES[@]}"} "$SERVER_BINDIR/initdb" -D "$PG_DIR" -U postgres --auth=trust \
            -E UTF8 --locale=C.UTF-8 >"$DATA_DIR/pg-initdb.log" 2>&1 ||
            die "initdb failed; see $DATA_DIR/pg-initdb.log"
    fi
    say "starting the private cluster on 127.0.0.1:$PRIVATE_PORT"
    if ! pg_ctl_private -w -t 60 start >/dev/null; then
        tail -n 30 "$PG_DIR/server.log" >&2 || true
        die "the private cluster did not start (log: $PG_DIR/server.log)"
    fi
    SOURCE="private cluster in .data/pg"
}

stop_private_cluster() {
    if [[ -n "$SERVER_BINDIR" && -f "$PG_DIR/postmaster.pid" ]]; then
        [[ "$(id -u)" != 0 ]] || AS_POSTGRES=(runuser -u postgres --)
        pg_ctl_private -m fast -w stop >/dev/null && say "stopped the private cluster"
    else
        say "no private cluster running"
    fi
}

# --- Docker ------------------------------------------------------------------------------------

DOCKER_COMPOSE=(docker compose -f "$ROOT/docker-compose.yml")

docker_usable() {
    command -v docker >/dev/null 2>&1 &&
        docker info >/dev/null 2>&1 &&
        docker compose version >/dev/null 2>&1
}

start_docker_db() {
    docker_usable || return 1
    say "starting the 'db' service of docker-compose.yml"
    "${DOCKER_COMPOSE[@]}" up -d db >&2 9>&-
    local id status i
    id="$("${DOCKER_COMPOSE[@]}" ps -q db)"
    for ((i = 0; i < 90; i++)); do
        status="$(docker inspect --format '{{.State.Health.Status}}' "$id" 2>/dev/null || true)"
        [[ "$status" == healthy ]] && break
        sleep 1
    done
    [[ "$status" == healthy ]] || die "the db container did not become healthy (docker compose logs db)"
    # Same defaults as docker-compose.yml.
    DB_HOST=127.0.0.1 DB_PORT=5432
    DB_USER="${CAIRN_DB_USER:-cairn}" DB_PASSWORD="${CAIRN_DB_PASSWORD:-cairn}"
    SOURCE="docker compose service db"
    USE_DOCKER_PSQL=1
}

# --- choosing a server -------------------------------------------------------------------------

# One run at a time per checkout (e.g. `make run` and `make test` started together). Servers
# started below must not inherit the lock's descriptor (9>&-), or it would stay held.
mkdir -p "$DATA_DIR"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$DATA_DIR/.ensure-postgres.lock"
    flock -w 120 9 || die "another ensure-postgres.sh run holds $DATA_DIR/.ensure-postgres.lock"
fi

if ((stop)); then
    stop_private_cluster
    exit 0
fi

DB_HOST="${CAIRN_DB_HOST:-127.0.0.1}"
DB_PORT="${CAIRN_DB_PORT:-5432}"
DB_USER="${CAIRN_DB_USER:-postgres}"
DB_PASSWORD="${PGPASSWORD:-${CAIRN_DB_PASSWORD:-}}"
SOURCE=""
USE_DOCKER_PSQL=0

if [[ "${CAIRN_PG_FORCE_PRIVATE:-0}" == 1 ]]; then
    say "CAIRN_PG_FORCE_PRIVATE=1: not looking for a server on $DB_HOST:$DB_PORT"
elif can_log_in; then
    SOURCE="existing server"
elif server_answers "$DB_HOST" "$DB_PORT"; then
    if [[ -f "$ENV_FILE" ]] && grep -q "^CAIRN_DB_PORT=$DB_PORT\$" "$ENV_FILE"; then
        # The server recorded last time (e.g. the compose db, with its own user and password).
        DB_USER="$(sed -n 's/^CAIRN_DB_USER=//p' "$ENV_FILE")"
        DB_PASSWORD="$(sed -n 's/^CAIRN_DB_PASSWORD=//p' "$ENV_FILE")"
        can_log_in && SOURCE="existing server (settings from .data/db.env)"
    fi
    if [[ -z "$SOURCE" ]]; then
        if [[ -n "${CAIRN_DB_HOST:-}${CAIRN_DB_PORT:-}${CAIRN_DB_USER:-}" ]]; then
            why="check PGPASSWORD / CAIRN_DB_PASSWORD"
            [[ -n "$PSQL" ]] || why="psql not found: apt-get install postgresql-client"
            die "a server answers on $DB_HOST:$DB_PORT but user '$DB_USER' cannot log in ($why)"
        fi
        say "a server answers on 127.0.0.1:5432 but user 'postgres' cannot log in; using a private cluster"
    fi
fi

if [[ -z "$SOURCE" ]] && ! start_private_cluster && ! start_docker_db; then
    case "$(uname -s)" in
        Darwin) hint="brew install postgresql@16 (or install Docker Desktop)" ;;
        *) hint="apt-get install postgresql (Debian/Ubuntu), dnf install postgresql-server (Fedora), or a Docker engine with the compose plugin" ;;
    esac
    die "no PostgreSQL found: nothing answers on 127.0.0.1:5432, no server binaries (initdb, pg_ctl) are installed and Docker is not usable. Install one: $hint"
fi

# --- databases ---------------------------------------------------------------------------------

if ((${#databases[@]})); then
    sql=""
    for db in "${databases[@]}"; do
        if ((recreate)); then
            sql+="DROP DATABASE IF EXISTS \"$db\" WITH (FORCE);"$'\n'
        fi
        sql+="SELECT 'CREATE DATABASE \"$db\"' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db')"$'\n\\gexec\n'
    done
    if ((USE_DOCKER_PSQL)) && [[ -z "$PSQL" ]]; then
        printf '%s' "$sql" | "${DOCKER_COMPOSE[@]}" exec -T db psql -X -q -v ON_ERROR_STOP=1 \
            -U "$DB_USER" -d postgres >/dev/null
    else
        [[ -n "$PSQL" ]] || die "psql not found: install the PostgreSQL client (apt-get install postgresql-client)"
        printf '%s' "$sql" | run_psql -f - >/dev/null
    fi
fi

# --- report the connection ---------------------------------------------------------------------

new_env="CAIRN_DB_HOST=$DB_HOST
CAIRN_DB_PORT=$DB_PORT
CAIRN_DB_USER=$DB_USER
CAIRN_DB_PASSWORD=$DB_PASSWORD"
if [[ ! -f "$ENV_FILE" || "$(cat "$ENV_FILE")" != "$new_env" ]]; then
    printf '%s\n' "$new_env" >"$ENV_FILE.tmp"
    mv "$ENV_FILE.tmp" "$ENV_FILE"
fi
say "PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER ($SOURCE)${databases[*]:+; databases: ${databases[*]}}; settings in .data/db.env"
