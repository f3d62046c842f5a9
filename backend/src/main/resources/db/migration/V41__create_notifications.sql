-- In-app notifications, created by the outbox's `notifications` consumer from domain events and by
-- the reminder job. The title is written for its recipient only (it never names what they may not
-- see); `dedupe_key` makes each event or reminder notify a person at most once.
create table notifications (
    id            uuid primary key,
    org_id        uuid not null references organizations (id),
    recipient_id  uuid not null references people (id) on delete cascade,
    kind          varchar(40) not null,
    title         varchar(400) not null,
    link          varchar(300) not null,
    subject_id    uuid,
    actor_id      uuid,
    dedupe_key    varchar(200) not null,
    in_app        boolean not null default true,
    created_at    timestamptz not null,
    read_at       timestamptz,
    emailed_at    timestamptz,
    unique (recipient_id, dedupe_key)
);

create index notifications_inbox on notifications (recipient_id, created_at desc) where in_app;
create index notifications_unread on notifications (recipient_id) where in_app and read_at is null;

-- A person's choice per kind; no row means the kind's default.
create table notification_preferences (
    person_id  uuid not null references people (id) on delete cascade,
    org_id     uuid not null references organizations (id),
    kind       varchar(40) not null,
    in_app     boolean not null,
    email      varchar(10) not null check (email in ('OFF', 'IMMEDIATE', 'DIGEST')),
    primary key (person_id, kind)
);

-- Single-use unsubscribe links put in each notification mail (only the hash is kept).
create table unsubscribe_tokens (
    token_hash  varchar(64) primary key,
    org_id      uuid not null references organizations (id),
    person_id   uuid not null references people (id) on delete cascade,
    kind        varchar(40) not null,
    created_at  timestamptz not null,
    used_at     timestamptz
);
