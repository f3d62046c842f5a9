-- A tenant. Every other table carries org_id and every query is scoped by it.
create table organizations (
    id                  uuid primary key,
    name                varchar(200) not null,
    slug                varchar(60)  not null unique,
    anonymity_threshold integer      not null default 3 check (anonymity_threshold >= 1),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0
);
