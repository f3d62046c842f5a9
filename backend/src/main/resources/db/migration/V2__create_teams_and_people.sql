create table teams (
    id         uuid primary key,
    org_id     uuid         not null references organizations (id),
    name       varchar(120) not null,
    parent_id  uuid references teams (id),
    lead_id    uuid,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    version    integer      not null default 0
);
create unique index teams_org_name_key on teams (org_id, lower(name));
create index teams_parent_idx on teams (parent_id);

create table people (
    id            uuid primary key,
    org_id        uuid         not null references organizations (id),
    email         varchar(254) not null,
    name          varchar(200) not null,
    title         varchar(200),
    team_id       uuid references teams (id) on delete set null,
    manager_id    uuid references people (id),
    roles         varchar(100) not null default 'EMPLOYEE',
    active        boolean      not null default true,
    password_hash varchar(100) not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       integer      not null default 0
);
-- Email is unique within an organization, whatever its case; the same email may exist in several.
create unique index people_org_email_key on people (org_id, lower(email));
create index people_email_idx on people (lower(email));
create index people_manager_idx on people (manager_id);
create index people_team_idx on people (team_id);
create index people_org_name_idx on people (org_id, name);

alter table teams add constraint teams_lead_fk foreign key (lead_id) references people (id) on delete set null;
