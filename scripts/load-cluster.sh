#!/usr/bin/env bash
# Two application instances on one database behind a local reverse proxy (`make load-cluster`).
# Localhost only, bounded in time. It starts a PostgreSQL cluster of its own (initdb in
# .data/cluster-pg, removed at the end), instance A (migrations, demo data), then instance B on the
# same database and the same JWT keys, and nginx balancing between them (round robin, keep-alive).
# Then it runs the load mix (scripts/bench/mix.lua: 80% reads, 20% writes) through the proxy for
# LOAD_SECONDS at LOAD_CONNECTIONS and checks:
#   - no error: no 5xx, no 4xx, no socket error; both instances served requests (their metrics);
#   - every acknowledged write (201) is in the database;
#   - scheduled work ran once although both instances schedule it (reminders and digests every 10 s,
#     the outbox every second here): every outbox delivery done in one attempt, no reminder or
#     digest twice, and the mails both instances logged (mock mailer) equal the mails the database
#     says were sent.
# Results go to backend/target/bench/cluster.md; it exits 1 when a check fails.
#
#   CLUSTER_PORT_A (8096), CLUSTER_PORT_B (8097), CLUSTER_PROXY_PORT (8098), management ports
#   CLUSTER_MANAGEMENT_A (9096), CLUSTER_MANAGEMENT_B (9097), BENCH_PG_PORT (54338),
#   CLUSTER_DB (cairn_cluster), LOAD_SECONDS (60), LOAD_CONNECTIONS (64), JAVA_OPTS
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT_A="${CLUSTER_PORT_A:-8096}"
PORT_B="${CLUSTER_PORT_B:-8097}"
PROXY="${CLUSTER_PROXY_PORT:-8098}"
MGMT_A="${CLUSTER_MANAGEMENT_A:-9096}"
MGMT_B="${CLUSTER_MANAGEMENT_B:-9097}"
DB="${CLUSTER_DB:-cairn_cluster}"
LOAD_SECONDS="${LOAD_SECONDS:-60}"
LOAD_CONNECTIONS="${LOAD_CONNECTIONS:-64}"
URL="http://127.0.0.1:$PROXY"
OUT="$ROOT/backend/target/bench"
WORK="$ROOT/.data/cluster"
REPORT="$OUT/cluster.md"

for tool in wrk jq psql curl nginx; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (Debian: apt-get install -y $tool)"
done
require_jar
for port in "$PORT_A" "$PORT_B" "$PROXY" "$MGMT_A" "$MGMT_B"; do
    port_in_use "$port" && die "port $port is in use: see the CLUSTER_* settings at the top of $0"
done
mkdir -p "$OUT"
rm -rf "$WORK"
mkdir -p "$WORK/nginx"
psql_db() { psql -h "$CAIRN_DB_HOST" -p "$CAIRN_DB_PORT" -U "$CAIRN_DB_USER" -qAt "$@"; }

pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do stop_process "$pid"; done
    pg_cluster_stop
    rm -rf "${PG_DIR:-/nonexistent}"
}
trap cleanup EXIT

pg_cluster_create "$ROOT/.data/cluster-pg" "${BENCH_PG_PORT:-54338}"
psql_db -d postgres -c "create database \"$DB\"" >/dev/null
export CAIRN_DB_URL="jdbc:postgresql://$CAIRN_DB_HOST:$CAIRN_DB_PORT/$DB"
# Both instances: the same keys (a token from A is valid on B), the demo data (B finds it and adds
# nothing), no API rate limits (one person on 64 connections), scheduled work often.
export CAIRN_DATA_DIR="$ROOT/.data" CAIRN_DEMO_DATA=true CAIRN_RATE_LIMITS_ENABLED=false \
    CAIRN_PROXY_FORWARDING=true CAIRN_OUTBOX_POLL_INTERVAL=1s CAIRN_DIGEST_INTERVAL=10s \
    CAIRN_REMINDERS_INTERVAL=10s CAIRN_CDS=false

say "instance A (migrations, demo data), then B, on $DB"
start_instance "$PORT_A" "$MGMT_A" "$WORK/a.log" 600 A
start_instance "$PORT_B" "$MGMT_B" "$WORK/b.log" 600 B

cat >"$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    upstream cairn {
        server 127.0.0.1:$PORT_A;
        server 127.0.0.1:$PORT_B;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$PROXY;
        location / {
            proxy_pass http://cairn;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_read_timeout 30s;
        }
    }
}
NGINX
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g "user $(id -un);" &
pids+=($!)
for ((i = 0; i < 100; i++)); do
    curl -fsS -o /dev/null --max-time 1 "$URL/q/health/ready" 2>/dev/null && break
    sleep 0.1
done
curl -fsS -o /dev/null "$URL/q/health/ready" || die "nginx does not answer on :$PROXY: see $WORK/nginx/error.log"

TOKEN=$(curl -fsS -H 'Content-Type: application/json' \
    -d '{"email":"morgan.manager@example.com","password":"cairn-demo"}' "$URL/api/v1/auth/login" | jq -r .accessToken)
morgan=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/v1/me" | jq -r .id)
objective=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/v1/objectives?ownerId=$morgan&status=ACTIVE&size=50" |
    jq -r '.items[].id' | head -1)
session=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/v1/sessions?status=SCHEDULED&size=50" |
    jq -r '.items[] | select(.kind == "ONE_TO_ONE") | .id' | head -1)
[[ -n "$objective" && -n "$session" ]] || die "no active objective or scheduled 1:1 of Morgan's in the demo data"

served() { curl -fsS "http://127.0.0.1:$1/q/metrics" | awk '/^http_server_requests_seconds_count/ { n += $NF } END { printf "%d", n }'; }
served_a0=$(served "$MGMT_A")
served_b0=$(served "$MGMT_B")
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# Mails are counted from here on: in the logs (lines after these) and in the database (after this time).
lines_a=$(wc -l <"$WORK/a.log")
lines_b=$(wc -l <"$WORK/b.log")
since=$(psql_db -d "$DB" -c "select now()")
say "load: ${LOAD_SECONDS}s of the mix at $LOAD_CONNECTIONS connections through nginx (:$PROXY)"
mix=$(BENCH_TOKEN="$TOKEN" BENCH_OBJECTIVE="$objective" BENCH_SESSION="$session" BENCH_MARKER=cluster \
    wrk -t2 -c"$LOAD_CONNECTIONS" -d"${LOAD_SECONDS}s" --timeout 10s -s "$ROOT/scripts/bench/mix.lua" "$URL/" | grep '^MIX')
served_a=$(($(served "$MGMT_A") - served_a0))
served_b=$(($(served "$MGMT_B") - served_b0))
field() { grep -o "$1=[0-9.]*" <<<"$mix" | cut -d= -f2; }
stored=$(psql_db -d "$DB" -c "select (select count(*) from check_ins where comment = 'cluster')
    + (select count(*) from objective_comments where body = 'cluster')
    + (select count(*) from session_agenda_items where title = 'cluster')")

say "waiting (up to 120 s) for the outbox to drain"
pending() { psql_db -d "$DB" -c "select count(*) from outbox_deliveries where delivered_at is null and failed_at is null"; }
for ((i = 0; i < 120; i++)); do
    [[ "$(pending)" == 0 ]] && break
    sleep 1
done
# One more scheduler round on both instances, so reminders and digests had their chance after the load.
sleep 12
read -r events deliveries retried undelivered <<<"$(psql_db -d "$DB" -F' ' -c "select
    (select count(*) from outbox_events),
    (select count(*) from outbox_deliveries where delivered_at is not null),
    (select count(*) from outbox_deliveries where attempts > 1),
    (select count(*) from outbox_deliveries where delivered_at is null)")"
read -r reminders reminder_twice digests digests_sent <<<"$(psql_db -d "$DB" -F' ' -c "select
    (select count(*) from notifications where kind = 'REMINDER'),
    (select count(*) from (select 1 from notifications group by recipient_id, dedupe_key having count(*) > 1) d),
    (select count(*) from notification_digests),
    (select count(*) from notification_digests where sent_at is not null)")"
read -r emailed digests_mailed <<<"$(psql_db -d "$DB" -F' ' -c "select
    (select count(*) from notifications where emailed_at >= '$since' and digest_id is null),
    (select count(*) from notification_digests where sent_at >= '$since')")"
mails_a=$(tail -n +"$((lines_a + 1))" "$WORK/a.log" | grep -c 'Sending email' || true)
mails_b=$(tail -n +"$((lines_b + 1))" "$WORK/b.log" | grep -c 'Sending email' || true)

errors=$(($(field unavailable) + $(field failed) + $(field client_errors) + $(field socket_errors)))
{
    echo "# Two instances behind nginx — $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores, $(java -version 2>&1 | head -1)"
    echo
    echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') round robin over :$PORT_A and :$PORT_B (keep-alive 64), one PostgreSQL"
    echo "($("$PG_BIN/postgres" --version | awk '{ print $3 }')), JVM each: $CAIRN_JVM_OPTS ${JAVA_OPTS:-}. Load average (1, 5, 15 min): $load_start at the start,"
    echo "$(cut -d' ' -f1-3 /proc/loadavg) at the end."
    echo
    echo "| mix (${LOAD_SECONDS}s, $LOAD_CONNECTIONS connections) | requests | by A | by B | 2xx writes | writes stored | 503 | 5xx other | 4xx | socket errors | p99 | longest |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    echo "| through nginx | $(field requests) | $served_a | $served_b | $(field created) | $stored | $(field unavailable) | $(field failed) | $(field client_errors) | $(field socket_errors) | $(field p99_ms) ms | $(field max_ms) ms |"
    echo
    echo "| scheduled work (both instances schedule it) | figure |"
    echo "|---|---:|"
    echo "| outbox events / deliveries done / done in more than one attempt / not done | $events / $deliveries / $retried / $undelivered |"
    echo "| reminder notifications / the same reminder twice (recipient, key) | $reminders / $reminder_twice |"
    echo "| daily digests / sent | $digests / $digests_sent |"
    echo "| mails logged by A + B during and after the load / recorded as sent then (notifications e-mailed + digests) | $mails_a + $mails_b / $((emailed + digests_mailed)) |"
} >"$REPORT"
cat "$REPORT"
failed=0
((errors == 0)) || {
    say "FAILED: $errors requests answered an error through the proxy"
    failed=1
}
((stored >= $(field created))) || {
    say "FAILED: acknowledged writes are missing ($(field created) acknowledged, $stored stored)"
    failed=1
}
((served_a > 0 && served_b > 0)) || {
    say "FAILED: one instance served nothing (A $served_a, B $served_b)"
    failed=1
}
((retried == 0 && undelivered == 0 && reminder_twice == 0)) || {
    say "FAILED: outbox work retried or left ($retried, $undelivered) or a reminder written twice ($reminder_twice)"
    failed=1
}
((mails_a + mails_b == emailed + digests_mailed)) || {
    say "FAILED: $((mails_a + mails_b)) mails logged against $((emailed + digests_mailed)) recorded as sent"
    failed=1
}
exit "$failed"
