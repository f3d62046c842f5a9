-- Calendars (recurrence, deadlines, digests, weekly buckets) are computed in a time zone: the
-- person's own IANA zone when set, else their organization's.
alter table organizations add column time_zone varchar(64) not null default 'UTC';
alter table people add column time_zone varchar(64);
