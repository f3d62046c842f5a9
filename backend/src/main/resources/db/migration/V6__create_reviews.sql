-- Reviews: templates (sections and questions, a rating scale), cycles (appraisal or 360), one review
-- per reviewee per cycle, answers per role, peer nominations, and the audit of rating changes.

create table review_templates (
    id                uuid primary key,
    org_id            uuid          not null references organizations (id),
    name              varchar(200)  not null,
    description       text,
    -- JSON: [{value, label}] ordered low to high
    scale             text          not null,
    allow_not_rated   boolean       not null default true,
    -- JSON: [{id, title, description, questions: [{id, kind, text, help, roles, required, weight}]}]
    sections          text          not null,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           integer       not null default 0
);
create index review_templates_org_idx on review_templates (org_id, name);

create table review_cycles (
    id                    uuid primary key,
    org_id                uuid          not null references organizations (id),
    name                  varchar(200)  not null,
    kind                  varchar(20)   not null check (kind in ('APPRAISAL', 'THREE_SIXTY')),
    appraisal_type        varchar(20) check (appraisal_type in ('ANNUAL', 'INTERIM')),
    template_id           uuid          not null references review_templates (id),
    period_id             uuid          not null references periods (id),
    participant_scope     varchar(20)   not null check (participant_scope in ('EVERYONE', 'TEAM', 'LIST')),
    participant_team_id   uuid references teams (id),
    -- JSON array of person ids, for LIST
    participant_ids       text          not null default '[]',
    self_review_due       timestamptz   not null,
    nominations_due       timestamptz,
    peer_answers_due      timestamptz,
    manager_review_due    timestamptz   not null,
    sign_off_due          timestamptz   not null,
    min_peers             integer       not null default 3 check (min_peers >= 0),
    max_peers             integer       not null default 8 check (max_peers >= min_peers),
    calibration           boolean       not null default true,
    skip_level_sign_off   boolean       not null default false,
    state                 varchar(20)   not null default 'DRAFT' check (state in ('DRAFT', 'ACTIVE', 'CLOSED')),
    launched_at           timestamptz,
    closed_at             timestamptz,
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               integer       not null default 0
);
create index review_cycles_org_idx on review_cycles (org_id, state);
create index review_cycles_template_idx on review_cycles (template_id);

create table reviews (
    id                  uuid primary key,
    org_id              uuid          not null references organizations (id),
    cycle_id            uuid          not null references review_cycles (id) on delete cascade,
    reviewee_id         uuid          not null references people (id),
    -- the reporting line when the cycle was launched
    manager_id          uuid references people (id),
    skip_level_id       uuid references people (id),
    team_id             uuid references teams (id) on delete set null,
    state               varchar(20)   not null default 'SELF_REVIEW'
        check (state in ('SELF_REVIEW', 'MANAGER_REVIEW', 'CALIBRATION', 'SHARED', 'ACKNOWLEDGED', 'SIGNED_OFF')),
    nominations_state   varchar(20)   not null default 'OPEN' check (nominations_state in ('OPEN', 'SUBMITTED', 'APPROVED')),
    provisional_rating  numeric(6, 2),
    overall_rating      numeric(6, 2),
    manager_submitted_at timestamptz,
    shared_at           timestamptz,
    shared_by           uuid references people (id),
    acknowledged_at     timestamptz,
    acknowledgement_comment text,
    signed_off_at       timestamptz,
    signed_off_by       uuid references people (id),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             integer       not null default 0,
    constraint reviews_one_per_reviewee unique (cycle_id, reviewee_id)
);
create index reviews_org_cycle_idx on reviews (org_id, cycle_id, state);
create index reviews_reviewee_idx on reviews (reviewee_id);
create index reviews_manager_idx on reviews (manager_id);

-- The answers of one author in one role. Peer rows name their author only so that the author can
-- edit their own draft: no API returns a peer row's author to anyone else.
create table review_responses (
    id            uuid primary key,
    org_id        uuid          not null references organizations (id),
    review_id     uuid          not null references reviews (id) on delete cascade,
    role          varchar(20)   not null check (role in ('SELF', 'MANAGER', 'PEER')),
    author_id     uuid          not null references people (id),
    -- JSON: [{questionId, rating, notRated, text, objectiveRatings: [{objectiveId, rating, notRated}]}]
    answers       text          not null default '[]',
    submitted_at  timestamptz,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    constraint review_responses_one_per_author unique (review_id, role, author_id)
);
create index review_responses_review_idx on review_responses (review_id, role);

create table review_nominations (
    id            uuid primary key,
    org_id        uuid          not null references organizations (id),
    review_id     uuid          not null references reviews (id) on delete cascade,
    peer_id       uuid          not null references people (id),
    nominated_by  uuid          not null references people (id),
    created_at    timestamptz   not null default now(),
    constraint review_nominations_once unique (review_id, peer_id)
);
create index review_nominations_peer_idx on review_nominations (peer_id);

-- Every change of a review's overall rating after the formula: manager overrides and calibration.
create table review_rating_changes (
    id           uuid primary key,
    org_id       uuid          not null references organizations (id),
    review_id    uuid          not null references reviews (id) on delete cascade,
    kind         varchar(20)   not null check (kind in ('OVERRIDE', 'CALIBRATION')),
    actor_id     uuid          not null references people (id),
    from_rating  numeric(6, 2),
    to_rating    numeric(6, 2) not null,
    reason       text          not null,
    created_at   timestamptz   not null default now()
);
create index review_rating_changes_review_idx on review_rating_changes (review_id, created_at);
