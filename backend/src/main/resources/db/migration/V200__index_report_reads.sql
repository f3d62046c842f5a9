-- Indexes for the reports at 100k objectives (#14).
--
-- The company goals of an organization's periods: what alignment coverage joins every objective's root
-- to (a few hundred rows, found without scanning the organization's objectives).
create index objectives_company_goals_idx on objectives (org_id, period_id) where level = 'COMPANY';

-- The history rows where an objective's health changed (its first row, then each move): the health
-- report sums only these, read from the index alone instead of every history row of the organization.
create index objective_history_health_moves_idx on objective_history (org_id, recorded_at)
    include (objective_id, health, prev_health) where prev_health is distinct from health;
