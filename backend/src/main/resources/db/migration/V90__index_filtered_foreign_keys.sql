-- Foreign keys that requests filter or join on, and that had no index of their own (#16).

-- A session's "next occurrence" is found by previous_id on every session read.
create index sessions_previous_idx on sessions (previous_id) where previous_id is not null;
-- "Reviews to write" asks for the reviews where the caller is the skip level.
create index reviews_skip_level_idx on reviews (skip_level_id) where skip_level_id is not null;
-- A key result's check-ins, and the rows nulled when a key result is deleted.
create index check_ins_key_result_idx on check_ins (key_result_id) where key_result_id is not null;
-- The sessions an objective was discussed in, and the rows removed with an objective.
create index session_objectives_objective_idx on session_objectives (objective_id);
-- Feedback linked to an objective or a session (and the rows touched when those are deleted).
create index feedback_objective_idx on feedback (objective_id) where objective_id is not null;
create index feedback_session_idx on feedback (session_id) where session_id is not null;

-- Covered by objective_history_org_latest_idx (org_id, recorded_at, id), which leads with the same columns.
drop index objective_history_org_idx;
