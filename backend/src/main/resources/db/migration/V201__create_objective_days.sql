-- Objective history summed per organization, day (the organization's calendar day), period, level and
-- team (the nil uuid for none), over objectives past draft: what history rows add to the weekly progress
-- and health reports — their change of progress, how many are an objective's first row, and the moves
-- between on track, at risk and off track. The whole-organization reports read a few thousand of these
-- rows instead of joining every history row (300,000 at 100k objectives) to its objective.
--
-- Written in the transaction of every write, as rows of changes that are only ever inserted (so no two
-- check-ins wait on one counter row, and no lock order between them can deadlock): history inserts add
-- their rows; history updates (the link trigger relinking the row after a backdated one) and deletes
-- take the old rows out and put the new ones in; a change of an objective's period, level, team or draft
-- status moves all its history from the old bucket to the new one; an objective's delete takes its
-- history out first; a time zone change rebuilds the organization's rows. A bucket's figures are the sum
-- of its rows; the reports job (`ObjectiveDaysCompaction`) folds each bucket's rows into one from time
-- to time.
create table objective_days (
    org_id          uuid          not null references organizations (id),
    day             date          not null,
    period_id       uuid          not null,
    level           varchar(20)   not null,
    team_id         uuid          not null,
    progress_change numeric(12, 2) not null,
    started         integer       not null,
    on_track        integer       not null,
    at_risk         integer       not null,
    off_track       integer       not null
);
create index objective_days_bucket_idx on objective_days (org_id, period_id, day, level, team_id);

-- Adds the contributions of the given history rows (with their objectives' period, level and team at
-- the time), each multiplied by its sign: +1 for rows coming in, -1 for rows going out.
create function objective_days_apply(
    org_ids uuid[], ats timestamptz[], period_ids uuid[], levels text[], team_ids uuid[], progress numeric[],
    prev_progress numeric[], health text[], prev_health text[], signs integer[])
    returns void language plpgsql as $$
begin
    insert into objective_days (org_id, day, period_id, level, team_id, progress_change, started, on_track,
                                     at_risk, off_track)
    select r.org_id, cast(r.at at time zone o.time_zone as date), r.period_id, r.level,
           coalesce(r.team_id, '00000000-0000-0000-0000-000000000000'),
           sum(r.sign * (r.progress - coalesce(r.prev_progress, 0))),
           sum(r.sign * (r.prev_health is null)::int),
           sum(r.sign * ((r.health = 'ON_TRACK')::int - coalesce((r.prev_health = 'ON_TRACK')::int, 0))),
           sum(r.sign * ((r.health = 'AT_RISK')::int - coalesce((r.prev_health = 'AT_RISK')::int, 0))),
           sum(r.sign * ((r.health = 'OFF_TRACK')::int - coalesce((r.prev_health = 'OFF_TRACK')::int, 0)))
    from unnest(org_ids, ats, period_ids, levels, team_ids, progress, prev_progress, health, prev_health, signs)
             as r(org_id, at, period_id, level, team_id, progress, prev_progress, health, prev_health, sign)
    join organizations o on o.id = r.org_id
    group by 1, 2, 3, 4, 5;
end
$$;

-- Every contribution of an organization, from its history: the backfill and the rebuild on a zone change.
create function objective_days_rebuild(org uuid) returns void language plpgsql as $$
begin
    delete from objective_days where org_id = org;
    perform objective_days_apply(array_agg(h.org_id), array_agg(h.recorded_at), array_agg(o.period_id),
                                 array_agg(o.level::text), array_agg(o.team_id), array_agg(h.progress),
                                 array_agg(h.prev_progress), array_agg(h.health::text),
                                 array_agg(h.prev_health::text), array_agg(1))
    from objective_history h join objectives o on o.id = h.objective_id
    where h.org_id = org and o.status <> 'DRAFT';
end
$$;

select objective_days_rebuild(id) from organizations;

create function objective_days_history_insert() returns trigger language plpgsql as $$
begin
    perform objective_days_apply(array_agg(h.org_id), array_agg(h.recorded_at), array_agg(o.period_id),
                                 array_agg(o.level::text), array_agg(o.team_id), array_agg(h.progress),
                                 array_agg(h.prev_progress), array_agg(h.health::text),
                                 array_agg(h.prev_health::text), array_agg(1))
    from inserted h join objectives o on o.id = h.objective_id
    where o.status <> 'DRAFT';
    return null;
end
$$;

create function objective_days_history_update() returns trigger language plpgsql as $$
begin
    perform objective_days_apply(array_agg(h.org_id), array_agg(h.recorded_at), array_agg(o.period_id),
                                 array_agg(o.level::text), array_agg(o.team_id), array_agg(h.progress),
                                 array_agg(h.prev_progress), array_agg(h.health::text),
                                 array_agg(h.prev_health::text), array_agg(h.sign))
    from (select r.*, -1 as sign from removed r union all select n.*, 1 from inserted n) h
    join objectives o on o.id = h.objective_id
    where o.status <> 'DRAFT';
    return null;
end
$$;

-- Rows deleted with their objective were taken out before (objective_days_objective_delete): the join
-- finds no objective for them.
create function objective_days_history_delete() returns trigger language plpgsql as $$
begin
    perform objective_days_apply(array_agg(h.org_id), array_agg(h.recorded_at), array_agg(o.period_id),
                                 array_agg(o.level::text), array_agg(o.team_id), array_agg(h.progress),
                                 array_agg(h.prev_progress), array_agg(h.health::text),
                                 array_agg(h.prev_health::text), array_agg(-1))
    from removed h join objectives o on o.id = h.objective_id
    where o.status <> 'DRAFT';
    return null;
end
$$;

-- A change of an objective's period, level, team or draft status moves its whole history from the old
-- bucket to the new one. A row trigger whose WHEN clause leaves out every other update (progress, health,
-- last check-in: each check-in's), so those never call it.
create function objective_days_objective_moved() returns trigger language plpgsql as $$
begin
    perform objective_days_apply(array_agg(h.org_id), array_agg(h.recorded_at), array_agg(m.period_id),
                                 array_agg(m.level), array_agg(m.team_id), array_agg(h.progress),
                                 array_agg(h.prev_progress), array_agg(h.health::text),
                                 array_agg(h.prev_health::text), array_agg(m.sign))
    from (select old.period_id, old.level::text as level, old.team_id, -1 as sign where old.status <> 'DRAFT'
          union all
          select new.period_id, new.level::text, new.team_id, 1 where new.status <> 'DRAFT') m
    cross join objective_history h
    where h.objective_id = new.id;
    return null;
end
$$;

-- Before the delete cascades to the history (afterwards neither the rows nor their objective are left).
create function objective_days_objective_delete() returns trigger language plpgsql as $$
begin
    if old.status <> 'DRAFT' then
        perform objective_days_apply(array_agg(h.org_id), array_agg(h.recorded_at), array_agg(old.period_id),
                                     array_agg(old.level::text), array_agg(old.team_id), array_agg(h.progress),
                                     array_agg(h.prev_progress), array_agg(h.health::text),
                                     array_agg(h.prev_health::text), array_agg(-1))
        from objective_history h where h.objective_id = old.id;
    end if;
    return old;
end
$$;

create function objective_days_rezone() returns trigger language plpgsql as $$
begin
    perform objective_days_rebuild(new.id);
    return null;
end
$$;

create trigger objective_days_history_insert after insert on objective_history
    referencing new table as inserted for each statement execute function objective_days_history_insert();
create trigger objective_days_history_update after update on objective_history
    referencing old table as removed new table as inserted
    for each statement execute function objective_days_history_update();
create trigger objective_days_history_delete after delete on objective_history
    referencing old table as removed for each statement execute function objective_days_history_delete();
create trigger objective_days_objective_moved after update on objectives
    for each row when ((old.period_id, old.level, old.team_id, old.status = 'DRAFT')
                       is distinct from (new.period_id, new.level, new.team_id, new.status = 'DRAFT'))
    execute function objective_days_objective_moved();
create trigger objective_days_objective_delete before delete on objectives
    for each row execute function objective_days_objective_delete();
create trigger objective_days_rezone after update of time_zone on organizations
    for each row when (old.time_zone is distinct from new.time_zone) execute function objective_days_rezone();
