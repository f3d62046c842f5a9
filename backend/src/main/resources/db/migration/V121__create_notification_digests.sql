-- The daily digest: notifications whose recipient chose DIGEST for their kind wait with `digest_due`
-- until 08:00 in the recipient's zone, when one digest per person and local day collects them.
-- The primary key (person, day) makes a digest happen once whatever the number of instances.
create table notification_digests (
    id          uuid not null unique,
    person_id   uuid not null references people (id) on delete cascade,
    org_id      uuid not null references organizations (id),
    local_date  date not null,
    created_at  timestamptz not null,
    sent_at     timestamptz,
    primary key (person_id, local_date)
);

alter table notifications
    add column digest_due boolean not null default false,
    add column digest_id uuid references notification_digests (id) on delete set null;

create index notifications_digest_due on notifications (recipient_id) where digest_due;
create index notifications_digest on notifications (digest_id) where digest_id is not null;
