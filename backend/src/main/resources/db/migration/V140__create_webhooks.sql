-- Webhooks (#15): an organization's subscriptions, the messages built for them from the outbox,
-- and one delivery row per (message, webhook).
create table webhooks (
    id                          uuid primary key,
    org_id                      uuid          not null references organizations (id),
    url                         varchar(2000) not null,
    description                 varchar(500),
    -- space-separated event types of the catalogue (`objective.created key_result.checked_in`)
    event_types                 text          not null,
    enabled                     boolean       not null default true,
    -- the signing secret (`whsec_` + base64): needed in clear to sign, never returned after creation
    secret                      varchar(100)  not null,
    -- after a rotation the former secret still signs (a second signature) until it expires
    previous_secret             varchar(100),
    previous_secret_expires_at  timestamptz,
    disabled_at                 timestamptz,
    disabled_reason             varchar(300),
    -- failed attempts in a row, across messages; reset by a successful delivery
    consecutive_failures        integer       not null default 0,
    created_by                  uuid references people (id),
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    version                     integer       not null default 0
);

create index webhooks_org on webhooks (org_id, created_at);

-- What is sent: the exact JSON body (signed as stored), built once per domain event by the fan-out.
create table webhook_messages (
    id           uuid primary key,
    org_id       uuid         not null references organizations (id),
    type         varchar(100) not null,
    subject_id   uuid         not null,
    body         text         not null,
    occurred_at  timestamptz  not null,
    seq          bigint generated always as identity
);

create index webhook_messages_occurred on webhook_messages (occurred_at);

-- One delivery per (message, webhook): a worker claims due rows with FOR UPDATE SKIP LOCKED and a
-- lease (claim, locked_until). A delivery waits while an earlier one of the same webhook and subject
-- is pending, so each subscriber sees a subject's events in order.
create table webhook_deliveries (
    id                uuid primary key,
    org_id            uuid         not null references organizations (id),
    webhook_id        uuid         not null references webhooks (id) on delete cascade,
    message_id        uuid         not null references webhook_messages (id) on delete cascade,
    subject_id        uuid         not null,
    occurred_at       timestamptz  not null,
    seq               bigint       not null,
    status            varchar(20)  not null default 'PENDING'
        check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts          integer      not null default 0,
    -- retries stop when this passes (created, or redelivered, + retry-for)
    retry_until       timestamptz  not null,
    next_attempt_at   timestamptz  not null,
    claim             uuid,
    locked_until      timestamptz,
    last_attempt_at   timestamptz,
    last_http_status  integer,
    last_latency_ms   integer,
    last_response     varchar(1024),
    last_error        varchar(1000),
    delivered_at      timestamptz,
    created_at        timestamptz  not null,
    unique (message_id, webhook_id)
);

create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_subject on webhook_deliveries (webhook_id, subject_id, occurred_at, seq)
    where status = 'PENDING';
create index webhook_deliveries_log on webhook_deliveries (webhook_id, created_at desc, seq desc);
