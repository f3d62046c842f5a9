-- A named time box objectives and reviews belong to ("2026 Q4", "FY2026").
create table periods (
    id         uuid primary key,
    org_id     uuid        not null references organizations (id),
    name       varchar(80) not null,
    start_date date        not null,
    end_date   date        not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    integer     not null default 0,
    constraint periods_dates_check check (end_date >= start_date)
);
create unique index periods_org_name_key on periods (org_id, lower(name));
create index periods_org_dates_idx on periods (org_id, start_date, end_date);
