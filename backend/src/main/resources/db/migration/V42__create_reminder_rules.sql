-- Automated reminders, shaped by admins per organization. The reminder job turns each enabled rule
-- into notifications of kind REMINDER, once per (rule, subject, due) and recipient: the
-- notifications' unique (recipient_id, dedupe_key) makes that hold across instances.
create table reminder_rules (
    id           uuid primary key,
    org_id       uuid not null references organizations (id),
    trigger      varchar(40) not null check (trigger in ('REVIEW_DUE', 'SELF_REVIEW_NOT_STARTED', 'CHECK_IN_MISSING',
                     'ONE_TO_ONE_UPCOMING', 'ONE_TO_ONE_OVERDUE', 'ACTION_ITEM_DUE', 'DRAFT_WAITING',
                     'NOMINATION_NOT_APPROVED')),
    offset_value integer not null check (offset_value between 0 and 365),
    audience     varchar(10) not null check (audience in ('SUBJECT', 'MANAGER', 'BOTH')),
    channel      varchar(10) not null check (channel in ('IN_APP', 'EMAIL', 'BOTH')),
    quiet_start  time,
    quiet_end    time,
    enabled      boolean not null default true,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      integer not null default 0
);

create index reminder_rules_org on reminder_rules (org_id);
