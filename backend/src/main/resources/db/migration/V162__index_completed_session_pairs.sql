-- The 1:1 cadence report looks up, per manager and report, the latest completed session each way
-- round: one descent of this index per direction instead of reading every session of the manager.
create index sessions_completed_pair_idx on sessions (organizer_id, attendee_id, starts_at)
    where status = 'COMPLETED';
