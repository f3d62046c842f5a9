-- Integrator identities (#15). A service account is a person row that cannot sign in (no password,
-- service_account = true) so that everything it writes is attributed like a person's; the people
-- directory leaves such rows out.
alter table people add column service_account boolean not null default false;

create table service_accounts (
    id uuid primary key references people (id) on delete cascade,
    org_id uuid not null references organizations (id) on delete cascade,
    description varchar(500),
    scopes text not null,
    created_by uuid references people (id) on delete set null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version int not null default 0
);
create index service_accounts_org on service_accounts (org_id);

-- Bearer tokens for the API: only the SHA-256 of the secret is kept; the prefix identifies it in lists.
create table api_tokens (
    id uuid primary key,
    org_id uuid not null references organizations (id) on delete cascade,
    person_id uuid not null references people (id) on delete cascade,
    name varchar(100) not null,
    prefix varchar(20) not null,
    secret_hash char(64) not null unique,
    scopes text not null,
    expires_at timestamptz,
    last_used_at timestamptz,
    last_used_from varchar(64),
    revoked_at timestamptz,
    created_by uuid references people (id) on delete set null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version int not null default 0
);
create index api_tokens_person on api_tokens (org_id, person_id, created_at desc);
