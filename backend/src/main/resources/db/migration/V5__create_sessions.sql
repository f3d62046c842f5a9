-- One-to-ones and other sessions between two people of one organization.

-- Per-organization settings for sessions: the default 1:1 interval and how long a completed
-- session stays editable.
create table session_settings (
    org_id                 uuid primary key references organizations (id),
    default_interval_days  integer     not null default 14 check (default_interval_days between 1 and 365),
    lock_after_days        integer     not null default 7 check (lock_after_days between 0 and 365),
    updated_at             timestamptz not null default now(),
    version                integer     not null default 0
);

-- A manager–report pair's own 1:1 interval (else the organization's default applies).
create table one_to_one_intervals (
    id             uuid primary key,
    org_id         uuid        not null references organizations (id),
    manager_id     uuid        not null references people (id),
    report_id      uuid        not null references people (id),
    interval_days  integer     not null check (interval_days between 1 and 365),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        integer     not null default 0,
    unique (org_id, manager_id, report_id)
);

-- One occurrence of a session. Occurrences of a recurring session share a series_id.
create table sessions (
    id                uuid primary key,
    org_id            uuid         not null references organizations (id),
    series_id         uuid         not null,
    kind              varchar(30)  not null check (kind in ('ONE_TO_ONE', 'CHECK_IN', 'APPRAISAL_MEETING')),
    title             varchar(200),
    organizer_id      uuid         not null references people (id),
    attendee_id       uuid         not null references people (id),
    starts_at         timestamptz  not null,
    duration_minutes  integer      not null check (duration_minutes between 1 and 480),
    recurrence        varchar(20)  not null default 'NONE'
        check (recurrence in ('NONE', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    status            varchar(20)  not null default 'SCHEDULED'
        check (status in ('SCHEDULED', 'COMPLETED', 'CANCELLED')),
    tentative         boolean      not null default false,
    series_ended      boolean      not null default false,
    previous_id       uuid references sessions (id),
    completed_at      timestamptz,
    completed_by      uuid references people (id),
    cancelled_at      timestamptz,
    cancelled_by      uuid references people (id),
    cancel_reason     varchar(500),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 0,
    constraint sessions_two_people check (organizer_id <> attendee_id)
);
create index sessions_org_start_idx on sessions (org_id, starts_at);
create index sessions_organizer_idx on sessions (organizer_id, starts_at);
create index sessions_attendee_idx on sessions (attendee_id, starts_at);
create index sessions_series_idx on sessions (series_id, starts_at);

create table session_agenda_items (
    id               uuid primary key,
    org_id           uuid          not null references organizations (id),
    session_id       uuid          not null references sessions (id) on delete cascade,
    author_id        uuid          not null references people (id),
    title            varchar(300)  not null,
    position         integer       not null default 0,
    discussed        boolean       not null default false,
    carried_over     boolean       not null default false,
    carried_from_id  uuid references session_agenda_items (id) on delete set null,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          integer       not null default 0
);
create index session_agenda_items_session_idx on session_agenda_items (session_id, position);

-- The notes both participants share: one document per session.
create table session_shared_notes (
    session_id  uuid primary key references sessions (id) on delete cascade,
    org_id      uuid        not null references organizations (id),
    body        text        not null,
    updated_by  uuid        not null references people (id),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0
);

-- Private notes: read and written by their author only; nothing else ever reads this table.
create table session_private_notes (
    id          uuid primary key,
    org_id      uuid        not null references organizations (id),
    session_id  uuid        not null references sessions (id) on delete cascade,
    author_id   uuid        not null references people (id),
    body        text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer     not null default 0,
    unique (session_id, author_id)
);

create table session_action_items (
    id               uuid primary key,
    org_id           uuid         not null references organizations (id),
    session_id       uuid         not null references sessions (id) on delete cascade,
    author_id        uuid         not null references people (id),
    assignee_id      uuid         not null references people (id),
    title            varchar(300) not null,
    due_date         date,
    done             boolean      not null default false,
    done_at          timestamptz,
    carried_over     boolean      not null default false,
    carried_from_id  uuid references session_action_items (id) on delete set null,
    -- set when an open item was carried to the next occurrence: the copy there is the live one
    carried_to_id    uuid references session_action_items (id) on delete set null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          integer      not null default 0
);
create index session_action_items_session_idx on session_action_items (session_id);
create index session_action_items_assignee_idx on session_action_items (assignee_id) where not done;

create table session_objectives (
    session_id    uuid        not null references sessions (id) on delete cascade,
    objective_id  uuid        not null references objectives (id) on delete cascade,
    org_id        uuid        not null references organizations (id),
    added_by      uuid        not null references people (id),
    created_at    timestamptz not null default now(),
    primary key (session_id, objective_id)
);

-- Agenda templates: the organization's standard ones (owner_id null) and a person's own.
create table agenda_templates (
    id          uuid primary key,
    org_id      uuid         not null references organizations (id),
    owner_id    uuid references people (id),
    name        varchar(200) not null,
    items       text[]       not null default '{}',
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     integer      not null default 0
);
create index agenda_templates_org_idx on agenda_templates (org_id, owner_id);

-- A person's secret calendar feed: only a SHA-256 hash of the URL's token is stored.
create table calendar_feeds (
    id          uuid primary key,
    org_id      uuid        not null references organizations (id),
    person_id   uuid        not null references people (id),
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
create index calendar_feeds_person_idx on calendar_feeds (person_id) where revoked_at is null;
