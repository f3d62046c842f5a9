-- The audit log (#15): append-only, one row per write through the API. Rows are written in the
-- business transaction by the services (with before/after of changed fields) or, for writes no
-- service described, by AuditTrail after the response (operation and path only).
create table audit_events (
    id uuid primary key,
    org_id uuid not null references organizations (id) on delete cascade,
    occurred_at timestamptz not null,
    actor_id uuid references people (id) on delete set null,
    actor_name varchar(200),
    actor_kind varchar(20) not null,
    token_id uuid,
    action varchar(100) not null,
    resource_type varchar(60),
    resource_id uuid,
    summary varchar(500),
    changes jsonb,
    client_address varchar(64),
    request_id varchar(64)
);
create index audit_events_org_time on audit_events (org_id, occurred_at desc, id);
create index audit_events_org_resource on audit_events (org_id, resource_id);
create index audit_events_org_actor on audit_events (org_id, actor_id, occurred_at desc);

create rule audit_events_no_update as on update to audit_events do instead nothing;
