-- Who held which team, manager and roles when: one row per state of a person, from valid_from until
-- the next row's valid_from. Written by the people services in the transaction of the change, so
-- timelines and reports can say who managed whom when.
create table person_history (
    id          bigint generated always as identity primary key,
    org_id      uuid          not null references organizations (id),
    person_id   uuid          not null references people (id),
    valid_from  timestamptz   not null,
    team_id     uuid references teams (id) on delete set null,
    manager_id  uuid references people (id),
    roles       varchar(100)  not null,
    changed_by  uuid references people (id)
);
create index person_history_person_idx on person_history (person_id, valid_from);
create index person_history_manager_idx on person_history (org_id, manager_id, valid_from);

-- Everyone already there starts with their current state, from when they were created.
insert into person_history (org_id, person_id, valid_from, team_id, manager_id, roles)
select org_id, id, created_at, team_id, manager_id, roles from people;

-- Timelines and reports read objectives by owner and period, check-ins by author and time.
create index if not exists check_ins_author_idx on check_ins (org_id, author_id, created_at);
create index if not exists objectives_owner_period_idx on objectives (owner_id, period_id);
