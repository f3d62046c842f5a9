-- Continuous feedback, praise and feedback requests (docs/feedback.md describes the rules).
--
-- One `feedback` row per note from a giver to a recipient. Praise is feedback with visibility
-- PUBLIC. Who may read a row is decided by FeedbackAccess (giver, recipient, the requester of the
-- request it answers, the recipient's management chain for MANAGERS, everyone for PUBLIC while the
-- organization allows public praise); admins see that a row exists, never its body unless they may
-- read it by those rules.

-- The organization's feedback settings; a missing row means the defaults (everything allowed).
create table feedback_settings (
    org_id                uuid primary key references organizations (id),
    allow_private         boolean     not null default true,
    allow_managers        boolean     not null default true,
    public_praise         boolean     not null default true,
    -- hints of the situation–behaviour–impact structure in the compose form; null = the built-in text
    guidance_situation    varchar(500),
    guidance_behaviour    varchar(500),
    guidance_impact       varchar(500),
    updated_at            timestamptz not null default now(),
    version               integer     not null default 0,
    constraint feedback_settings_some_visibility check (allow_private or allow_managers or public_praise)
);

-- Company values (admins define them); archived values stay on old feedback but are not offered.
create table company_values (
    id           uuid primary key,
    org_id       uuid          not null references organizations (id),
    name         varchar(80)   not null,
    description  varchar(500),
    archived     boolean       not null default false,
    position     integer       not null default 0,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      integer       not null default 0
);
create unique index company_values_org_name_key on company_values (org_id, lower(name));

-- Prompts for feedback requests and the compose form (admins write them).
create table feedback_prompt_templates (
    id           uuid primary key,
    org_id       uuid          not null references organizations (id),
    name         varchar(120)  not null,
    prompt       varchar(2000) not null,
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      integer       not null default 0
);
create index feedback_prompt_templates_org_idx on feedback_prompt_templates (org_id, name);

-- A request for feedback: one row per person asked. Requests created together share group_id.
-- subject_id is who the feedback is about: the requester, or one of the requester's reports.
create table feedback_requests (
    id              uuid primary key,
    org_id          uuid          not null references organizations (id),
    group_id        uuid          not null,
    requester_id    uuid          not null references people (id),
    subject_id      uuid          not null references people (id),
    responder_id    uuid          not null references people (id),
    prompt          varchar(2000) not null,
    template_id     uuid references feedback_prompt_templates (id) on delete set null,
    due_on          date,
    status          varchar(20)   not null default 'PENDING' check (status in ('PENDING', 'ANSWERED', 'DECLINED')),
    answered_at     timestamptz,
    declined_at     timestamptz,
    decline_reason  varchar(500),
    -- the last reminder sent to the responder (reminder rules, issue #12)
    reminded_at     timestamptz,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint feedback_requests_not_self check (responder_id <> subject_id),
    constraint feedback_requests_one_per_responder unique (group_id, responder_id)
);
create index feedback_requests_responder_idx on feedback_requests (org_id, responder_id, status, created_at);
create index feedback_requests_requester_idx on feedback_requests (org_id, requester_id, created_at);
create index feedback_requests_subject_idx on feedback_requests (org_id, subject_id);

create table feedback (
    id              uuid primary key,
    org_id          uuid          not null references organizations (id),
    giver_id        uuid          not null references people (id),
    recipient_id    uuid          not null references people (id),
    -- Markdown source; rendered and sanitized on the way out (FeedbackMarkdown)
    body            text          not null,
    visibility      varchar(20)   not null check (visibility in ('PRIVATE', 'MANAGERS', 'PUBLIC')),
    objective_id    uuid references objectives (id) on delete set null,
    session_id      uuid references sessions (id) on delete set null,
    cycle_id        uuid references review_cycles (id) on delete set null,
    -- set when the feedback answers a request: the request and who asked (who always reads the answer)
    request_id      uuid unique references feedback_requests (id),
    requester_id    uuid references people (id),
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         integer       not null default 0,
    constraint feedback_not_to_self check (giver_id <> recipient_id),
    constraint feedback_answers_not_public check (request_id is null or visibility <> 'PUBLIC')
);
create index feedback_recipient_idx on feedback (org_id, recipient_id, created_at);
create index feedback_giver_idx on feedback (org_id, giver_id, created_at);
create index feedback_public_idx on feedback (org_id, created_at) where visibility = 'PUBLIC';

create table feedback_values (
    feedback_id  uuid not null references feedback (id) on delete cascade,
    value_id     uuid not null references company_values (id),
    primary key (feedback_id, value_id)
);
create index feedback_values_value_idx on feedback_values (value_id);

-- Reactions on public praise: one of each kind per person.
create table feedback_reactions (
    feedback_id  uuid        not null references feedback (id) on delete cascade,
    person_id    uuid        not null references people (id),
    reaction     varchar(20) not null check (reaction in ('CLAP', 'CELEBRATE', 'HEART', 'INSPIRED', 'THANKS')),
    created_at   timestamptz not null default now(),
    primary key (feedback_id, person_id, reaction)
);
