-- Accounts: an invited person has no password until they set one through their invitation link;
-- a new organization's admin confirms their email before signing in. Everyone already here is
-- taken as confirmed.
alter table people alter column password_hash drop not null;
alter table people add column email_verified_at timestamptz;
update people set email_verified_at = created_at;

-- A sign-in session (one per login on one device): access tokens name it in their `sid` claim and
-- stop working the moment it is revoked (sign-out, password change, refresh-token reuse).
create table auth_sessions (
    id             uuid primary key,
    org_id         uuid        not null references organizations (id),
    person_id      uuid        not null references people (id),
    created_at     timestamptz not null,
    refreshed_at   timestamptz not null,
    expires_at     timestamptz not null,
    revoked_at     timestamptz,
    revoked_reason varchar(40)
);
create index auth_sessions_live_person_idx on auth_sessions (person_id) where revoked_at is null;

-- Refresh tokens of a session, stored as SHA-256 hashes. Each is used once: a refresh marks it
-- used and issues the next; presenting a used one again revokes the whole session.
create table refresh_tokens (
    token_hash varchar(64) primary key,
    session_id uuid        not null references auth_sessions (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index refresh_tokens_session_idx on refresh_tokens (session_id);

-- Single-use links sent by e-mail (confirm the email, reset or set a password), stored hashed.
create table account_tokens (
    id         uuid primary key,
    token_hash varchar(64) not null unique,
    org_id     uuid        not null references organizations (id),
    person_id  uuid        not null references people (id),
    purpose    varchar(20) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_tokens_person_idx on account_tokens (person_id, purpose);

-- Bucket4j's table for the login throttle's token buckets (one row per client address, and per
-- client address and email), so every instance counts the same failures.
create table login_rate_limits (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);
create index login_rate_limits_expires_idx on login_rate_limits (expires_at);
