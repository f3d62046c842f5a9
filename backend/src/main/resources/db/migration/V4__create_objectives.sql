-- Objectives form the cascade: each may align to a parent objective (a forest per organization).
create table objectives (
    id               uuid primary key,
    org_id           uuid          not null references organizations (id),
    period_id        uuid          not null references periods (id),
    parent_id        uuid references objectives (id),
    title            varchar(200)  not null,
    description      text,
    level            varchar(20)   not null check (level in ('COMPANY', 'TEAM', 'INDIVIDUAL')),
    owner_id         uuid          not null references people (id),
    team_id          uuid references teams (id) on delete set null,
    author_id        uuid          not null references people (id),
    weight           numeric(9, 3) not null default 1 check (weight > 0),
    status           varchar(20)   not null default 'DRAFT'
        check (status in ('DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED', 'ARCHIVED')),
    health           varchar(20)   not null default 'ON_TRACK'
        check (health in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    -- progress shown and rolled up; manual_progress is what check-ins set when neither key
    -- results nor aligned children drive it
    progress         numeric(5, 2) not null default 0 check (progress between 0 and 100),
    manual_progress  numeric(5, 2) not null default 0 check (manual_progress between 0 and 100),
    visibility       varchar(20)   not null default 'ORGANIZATION' check (visibility in ('ORGANIZATION', 'PRIVATE')),
    start_date       date,
    due_date         date,
    proposed_at      timestamptz,
    return_comment   text,
    last_check_in_at timestamptz,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          integer       not null default 0,
    constraint objectives_company_root check (level <> 'COMPANY' or parent_id is null),
    constraint objectives_not_own_parent check (parent_id is null or parent_id <> id)
);
create index objectives_org_period_idx on objectives (org_id, period_id);
create index objectives_parent_idx on objectives (parent_id);
create index objectives_owner_idx on objectives (owner_id);
create index objectives_team_idx on objectives (team_id);

create table key_results (
    id            uuid primary key,
    org_id        uuid           not null references organizations (id),
    objective_id  uuid           not null references objectives (id) on delete cascade,
    title         varchar(200)   not null,
    kind          varchar(20)    not null check (kind in ('PERCENT', 'NUMBER', 'CURRENCY', 'BOOLEAN', 'MILESTONE')),
    start_value   numeric(18, 4) not null,
    target_value  numeric(18, 4) not null,
    current_value numeric(18, 4) not null,
    unit          varchar(20),
    weight        numeric(9, 3)  not null default 1 check (weight > 0),
    position      integer        not null default 0,
    created_at    timestamptz    not null default now(),
    updated_at    timestamptz    not null default now(),
    version       integer        not null default 0
);
create index key_results_objective_idx on key_results (objective_id);

-- The performance history: never updated or deleted; a correction is a new check-in.
create table check_ins (
    id                 uuid primary key,
    org_id             uuid          not null references organizations (id),
    objective_id       uuid          not null references objectives (id) on delete cascade,
    key_result_id      uuid references key_results (id) on delete set null,
    key_result_title   varchar(200),
    author_id          uuid          not null references people (id),
    value              numeric(18, 4),
    progress           numeric(5, 2),
    objective_progress numeric(5, 2) not null,
    health             varchar(20) check (health in ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    confidence         smallint check (confidence between 1 and 10),
    comment            text,
    created_at         timestamptz   not null default now()
);
create index check_ins_objective_idx on check_ins (objective_id, created_at desc);

-- Every change of an objective's progress, health, status, parent or weight, with its time:
-- the cascade "as of" a past moment and the progress charts are read from here.
create table objective_history (
    id           bigint generated always as identity primary key,
    org_id       uuid          not null references organizations (id),
    objective_id uuid          not null references objectives (id) on delete cascade,
    recorded_at  timestamptz   not null,
    progress     numeric(5, 2) not null,
    health       varchar(20)   not null,
    status       varchar(20)   not null,
    parent_id    uuid,
    weight       numeric(9, 3) not null
);
create index objective_history_objective_idx on objective_history (objective_id, recorded_at desc);
create index objective_history_org_idx on objective_history (org_id, recorded_at);

create table objective_comments (
    id           uuid primary key,
    org_id       uuid        not null references organizations (id),
    objective_id uuid        not null references objectives (id) on delete cascade,
    author_id    uuid        not null references people (id),
    body         text        not null,
    created_at   timestamptz not null default now()
);
create index objective_comments_objective_idx on objective_comments (objective_id, created_at);
