-- The transactional outbox. A business transaction writes an event row (and one delivery row per
-- consumer that wants it) together with its change; the dispatcher hands each delivery to its
-- consumer after commit, retrying with back-off. Events carry ids, never content.
create table outbox_events (
    id          uuid primary key,
    org_id      uuid,
    type        varchar(100) not null,
    payload     jsonb not null,
    created_at  timestamptz not null
);

create index outbox_events_created on outbox_events (created_at);

-- One row per (event, consumer): each consumer progresses independently, and the primary key makes
-- a consumer see an event at most once. A dispatcher claims due rows with FOR UPDATE SKIP LOCKED and
-- leases them (claim, locked_until); a crashed dispatcher's lease runs out and another takes over.
create table outbox_deliveries (
    event_id         uuid not null references outbox_events (id) on delete cascade,
    consumer         varchar(100) not null,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    claim            uuid,
    locked_until     timestamptz,
    delivered_at     timestamptz,
    failed_at        timestamptz,
    last_error       text,
    primary key (event_id, consumer)
);

create index outbox_deliveries_pending on outbox_deliveries (next_attempt_at)
    where delivered_at is null and failed_at is null;
