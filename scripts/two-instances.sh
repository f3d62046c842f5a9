#!/usr/bin/env bash
# Two application instances on one database (`make test-instances`, part of `make test`), about a
# minute. It recreates the database, starts the packaged jar twice (A: migrations and demo data, then
# B; the same JWT keys; the reminder job every second on both) and checks:
#   - a reminder rule due now fires exactly once although both instances run it: an admin adds a
#     rule on A (check-in missing for 0 days: every active objective is due), and after several
#     rounds of both jobs each due objective has exactly one reminder;
#   - what one instance commits reaches a live stream open on the other within a second: Erin's
#     stream on B (curl -N) receives `objective.progress` for her check-in on A, and
#     `notifications` for the 1:1 Morgan schedules with her on A.
# It exits 1 when a check fails; the instances' logs stay in .data/instances.
#
#   INSTANCES_PORT_A (8130), INSTANCES_PORT_B (8131), INSTANCES_MANAGEMENT_A (9130),
#   INSTANCES_MANAGEMENT_B (9131), INSTANCES_DB (cairn_instances), INSTANCES_MAX_MS (1000: the
#   longest a live event may take), JAVA_OPTS
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PORT_A="${INSTANCES_PORT_A:-8130}"
PORT_B="${INSTANCES_PORT_B:-8131}"
MGMT_A="${INSTANCES_MANAGEMENT_A:-9130}"
MGMT_B="${INSTANCES_MANAGEMENT_B:-9131}"
DB="${INSTANCES_DB:-cairn_instances}"
MAX_MS="${INSTANCES_MAX_MS:-1000}"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
WORK="$ROOT/.data/instances"

for tool in curl jq psql; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (Debian: apt-get install -y $tool)"
done
require_jar
for port in "$PORT_A" "$PORT_B" "$MGMT_A" "$MGMT_B"; do
    port_in_use "$port" && die "port $port is in use: see the INSTANCES_* settings at the top of $0"
done
rm -rf "$WORK"
mkdir -p "$WORK"

pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do stop_process "$pid"; done
}
trap cleanup EXIT

use_database "$DB" --recreate
psql_db() { PGPASSWORD="$CAIRN_DB_PASSWORD" psql -h "$CAIRN_DB_HOST" -p "$CAIRN_DB_PORT" -U "$CAIRN_DB_USER" -d "$DB" -qAt "$@"; }
export CAIRN_DATA_DIR="$WORK/data" CAIRN_DEMO_DATA=true CAIRN_RATE_LIMITS_ENABLED=false \
    CAIRN_OUTBOX_POLL_INTERVAL=1s CAIRN_REMINDERS_INTERVAL=1s CAIRN_REMINDERS_DELAY=1s

start_instance "$PORT_A" "$MGMT_A" "$WORK/a.log" 120 A
start_instance "$PORT_B" "$MGMT_B" "$WORK/b.log" 120 B

api() { curl -fsS --max-time 10 -H 'Content-Type: application/json' "$@"; }
login() {
    api -d "{\"email\":\"$1\",\"password\":\"cairn-demo\"}" "$A/api/v1/auth/login" | jq -r .accessToken
}
now_ms() { date +%s%3N; }
failed=0
fail() {
    say "FAILED: $*"
    failed=1
}

# --- a reminder due now fires once across both instances ----------------------------------------
admin=$(login alex.admin@example.com)
rule=$(api -H "Authorization: Bearer $admin" "$A/api/v1/reminder-rules" -d '{"trigger":"CHECK_IN_MISSING",
    "offset":0,"audience":"SUBJECT","channel":"IN_APP","quietHours":null,"enabled":true}' | jq -r .id)
due=$(psql_db -c "select count(*) from objectives o join people p on p.id = o.owner_id
    where o.org_id = (select org_id from reminder_rules where id = '$rule') and o.status = 'ACTIVE' and p.active
      and not exists (select 1 from notification_preferences n where n.person_id = p.id and n.kind = 'REMINDER'
                        and not n.in_app and n.email = 'OFF')")
fired() { psql_db -c "select count(*) || ' ' || count(distinct subject_id) from notifications where dedupe_key like 'rule:$rule:%'"; }
for ((i = 0; i < 300; i++)); do
    [[ "$(fired)" == "$due $due" ]] && break
    sleep 0.1
done
sleep 3 # several more rounds of both jobs
read -r reminders subjects <<<"$(fired)"
say "reminder rule: $due objectives due, $reminders reminders for $subjects of them after both jobs ran"
((due > 0 && reminders == due && subjects == due)) || fail "expected exactly one reminder for each of the $due due objectives"
# (deleted: Erin's check-in below would make her objective due again, and remind her while the
# notification check counts her notification events)
api -X DELETE -H "Authorization: Bearer $admin" "$A/api/v1/reminder-rules/$rule"

# --- live events written on A reach a stream on B -----------------------------------------------
erin=$(login erin.employee@example.com)
morgan=$(login morgan.manager@example.com)
erin_id=$(api -H "Authorization: Bearer $erin" "$A/api/v1/me" | jq -r .id)
morgan_id=$(api -H "Authorization: Bearer $morgan" "$A/api/v1/me" | jq -r .id)
read -r objective health <<<"$(api -H "Authorization: Bearer $erin" \
    "$A/api/v1/objectives?ownerId=$erin_id&status=ACTIVE&size=1" | jq -r '.items[0] | "\(.id) \(.health)"')"
[[ "$objective" =~ ^[0-9a-f-]{36}$ ]] || die "Erin has no active objective in the demo data"
stream="$WORK/erin-on-b.sse"
curl -sN --max-time 60 -H "Authorization: Bearer $erin" -H 'Accept: text/event-stream' \
    "$B/api/v1/events" >"$stream" &
pids+=($!)

# Waits (up to 10 s) until file $1 has more than $2 lines matching ERE $3; prints the ms since $4.
await_line() {
    local deadline=$((SECONDS + 10))
    while ((SECONDS < deadline)); do
        if (($(grep -cE -- "$3" "$1" || true) > $2)); then
            echo $(($(now_ms) - $4))
            return 0
        fi
        sleep 0.02
    done
    return 1
}
await_line "$stream" 0 '^event: ?ready' "$(now_ms)" >/dev/null || die "Erin's stream on B did not open"

new_health=$([[ "$health" == OFF_TRACK ]] && echo AT_RISK || echo OFF_TRACK)
api -o /dev/null -H "Authorization: Bearer $erin" "$A/api/v1/objectives/$objective/check-ins" \
    -d "{\"health\":\"$new_health\",\"comment\":\"two instances\"}"
if progress_ms=$(await_line "$stream" 0 "$objective.*$new_health" "$(now_ms)"); then
    say "objective.progress of a check-in on A reached Erin's stream on B in $progress_ms ms"
    ((progress_ms <= MAX_MS)) || fail "objective.progress took $progress_ms ms (at most $MAX_MS)"
else
    fail "objective.progress of the check-in on A never reached Erin's stream on B"
fi

before=$(grep -cE '^event: ?notifications' "$stream" || true)
starts=$(date -u -d '+2 days' '+%Y-%m-%dT10:00:00Z')
api -o /dev/null -H "Authorization: Bearer $morgan" "$A/api/v1/sessions" -d "{\"kind\":\"ONE_TO_ONE\",
    \"participantIds\":[\"$morgan_id\",\"$erin_id\"],\"startsAt\":\"$starts\",\"durationMinutes\":30,\"recurrence\":\"NONE\"}"
if notified_ms=$(await_line "$stream" "$before" '^event: ?notifications' "$(now_ms)"); then
    say "the notification of a 1:1 scheduled on A reached Erin's stream on B in $notified_ms ms"
    ((notified_ms <= MAX_MS)) || fail "the notification took $notified_ms ms (at most $MAX_MS)"
else
    fail "the notification of the 1:1 scheduled on A never reached Erin's stream on B"
fi

((failed == 0)) && say "passed (load average $(cut -d' ' -f1-3 /proc/loadavg))"
exit "$failed"
