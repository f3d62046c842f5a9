-- Recurring sessions are computed in the organizer's time zone from the series' first start (the
-- anchor) and each occurrence's number in the series, so a weekly 1:1 keeps its local time across
-- daylight-saving changes and a monthly one on the 31st comes back to the 31st after short months.
alter table sessions add column series_starts_at timestamptz;
alter table sessions add column occurrence integer not null default 0 check (occurrence >= 0);

update sessions s set series_starts_at = f.first_start, occurrence = f.number
from (
    select id,
           min(starts_at) over (partition by series_id) as first_start,
           (row_number() over (partition by series_id order by starts_at, created_at, id) - 1)::integer as number
    from sessions
) f
where f.id = s.id;

alter table sessions alter column series_starts_at set not null;
