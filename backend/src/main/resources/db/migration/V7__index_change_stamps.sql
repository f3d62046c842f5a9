-- Cheap "has anything changed?" stamps for the cascade's ETag: the newest history row and the
-- newest change to people and teams of an organization.
create index objective_history_org_latest_idx on objective_history (org_id, recorded_at, id);
create index people_org_updated_idx on people (org_id, updated_at);
create index teams_org_updated_idx on teams (org_id, updated_at);
