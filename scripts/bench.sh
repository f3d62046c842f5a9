#!/usr/bin/env bash
# Benchmarks (`make bench`): runs backend/src/test/java/app/cairn/bench/CascadeBenchmark against a
# fresh `cairn_bench` database. It generates organizations of 1k, 10k and 100k objectives and times
# the cascade SQL, its JSON, the API end to end, a check-in's roll-up and the Cascade page in
# headless Chromium, then writes backend/target/bench/results.md. ReportsBenchmark times every
# report (its SQL against the API), the CSV export and a person's timeline at 100k objectives and
# writes backend/target/bench/reports.md. TokenAuthBenchmark times GET /api/v1/me with a personal
# API token against a login JWT, interleaved, and writes backend/target/bench/tokens.md. WebhookBenchmark
# sends queued webhook deliveries to a local receiver and writes backend/target/bench/webhooks.md.
# NotificationsBenchmark times GET /tasks for a manager of 10 in a 10,000-person organization and a
# review cycle launched for 1,000 people (until its notifications and e-mails are queued, with an SMTP
# server that never answers) and writes backend/target/bench/notifications.md. (The 1,000 SSE streams
# are scripts/bench-live.sh.) Record the figures, the machine and the date in docs/benchmarks.md.
#
#   BENCH_SIZES   comma-separated organization sizes, default 1000,10000,100000
#   BENCH_DB      database to recreate for the run, default cairn_bench
#   BENCH_REPORTS_SIZE  objectives of the reports/timeline benchmark's organization, default 100000
#   BENCH_WEBHOOK_MESSAGES  webhook messages to deliver, default 5000
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

use_database "${BENCH_DB:-cairn_bench}" --recreate
cd "$ROOT/backend"
CAIRN_TEST_DB_URL="$CAIRN_DB_URL" ./mvnw -B -ntp verify -DskipITs \
    -Dgroups=bench -Dbench.excluded=none -Dtest='CascadeBenchmark,ReportsBenchmark,TokenAuthBenchmark,WebhookBenchmark,NotificationsBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.sizes="${BENCH_SIZES:-1000,10000,100000}" \
    -Dbench.reports.size="${BENCH_REPORTS_SIZE:-100000}" \
    -Dbench.webhooks.messages="${BENCH_WEBHOOK_MESSAGES:-5000}" \
    -Dquarkus.log.category.\"app.cairn\".level=INFO
say "results: backend/target/bench/results.md"
cat target/bench/results.md
say "reports and timeline: backend/target/bench/reports.md"
cat target/bench/reports.md
say "API token authentication: backend/target/bench/tokens.md"
cat target/bench/tokens.md
say "webhook delivery throughput: backend/target/bench/webhooks.md"
cat target/bench/webhooks.md
say "notifications and the to-do inbox: backend/target/bench/notifications.md"
cat target/bench/notifications.md
