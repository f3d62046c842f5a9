-- When the reviewee sees the 360 peer summary: once the peer deadline passed (AFTER_PEER_DEADLINE),
-- or only once their review is shared (WHEN_SHARED, the default). Managers, skip levels and admins
-- keep seeing it as soon as it is released (threshold reached, answering over).
alter table review_cycles add column peer_summary_release varchar(30) not null default 'WHEN_SHARED'
    check (peer_summary_release in ('AFTER_PEER_DEADLINE', 'WHEN_SHARED'));
