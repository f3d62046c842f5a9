-- How often people are expected to check in on their active objectives: an own objective with no
-- check-in for this many days is due one (/tasks) and counts as stale (reports). Set by admins.
alter table organizations
    add column check_in_cadence_days integer not null default 14
        check (check_in_cadence_days between 1 and 90);
