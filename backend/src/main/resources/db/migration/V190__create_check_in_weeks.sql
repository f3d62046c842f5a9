-- Check-ins per author and week (the Monday of the organization's calendar week): the check-in
-- activity report reads the whole weeks of its range from here (one row per person and week instead
-- of one per person and day) and only the days of a partial first or last week from check_in_days.
-- Kept in the same transaction as every write to check_ins, by the triggers that keep check_in_days:
-- inserts add to both; deletes and updates recount the touched days from check_ins and then their
-- weeks from the days; a time zone change rebuilds both for the organization.
create table check_in_weeks (
    org_id    uuid        not null references organizations (id),
    author_id uuid        not null,
    week      date        not null,
    check_ins integer     not null check (check_ins > 0),
    last_at   timestamptz not null,
    primary key (org_id, week, author_id)
);

insert into check_in_weeks (org_id, author_id, week, check_ins, last_at)
select org_id, author_id, cast(date_trunc('week', cast(day as timestamp)) as date), sum(check_ins), max(last_at)
from check_in_days
group by 1, 2, 3;

-- The (organization, author, day) keys that check-ins at `ats` fall on, in each organization's calendar:
-- what deletes and updates recount.
create function check_in_day_keys(org_ids uuid[], author_ids uuid[], ats timestamptz[])
    returns table (org_id uuid, author_id uuid, day date) language sql stable as $$
    select distinct k.org_id, k.author_id, cast(k.at at time zone o.time_zone as date)
    from unnest(org_ids, author_ids, ats) as k(org_id, author_id, at)
    join organizations o on o.id = k.org_id
$$;

-- Recounts the days of check-ins by the given (organization, author, time) triples from check_ins,
-- then their weeks from check_in_days.
create function check_in_rollups_recount(org_ids uuid[], author_ids uuid[], ats timestamptz[])
    returns void language plpgsql as $$
begin
    delete from check_in_days d
    using check_in_day_keys(org_ids, author_ids, ats) k
    where d.org_id = k.org_id and d.author_id = k.author_id and d.day = k.day;
    insert into check_in_days (org_id, author_id, day, check_ins, last_at)
    select k.org_id, k.author_id, k.day, count(*), max(c.created_at)
    from check_in_day_keys(org_ids, author_ids, ats) k
    join organizations o on o.id = k.org_id
    join check_ins c on c.org_id = k.org_id and c.author_id = k.author_id
        and c.created_at >= k.day::timestamp at time zone o.time_zone
        and c.created_at < (k.day + 1)::timestamp at time zone o.time_zone
    group by k.org_id, k.author_id, k.day;

    delete from check_in_weeks w
    using check_in_day_keys(org_ids, author_ids, ats) k
    where w.org_id = k.org_id and w.author_id = k.author_id
      and w.week = cast(date_trunc('week', cast(k.day as timestamp)) as date);
    insert into check_in_weeks (org_id, author_id, week, check_ins, last_at)
    select k.org_id, k.author_id, k.week, sum(d.check_ins), max(d.last_at)
    from (select distinct org_id, author_id, cast(date_trunc('week', cast(day as timestamp)) as date) as week
          from check_in_day_keys(org_ids, author_ids, ats)) k
    join check_in_days d on d.org_id = k.org_id and d.author_id = k.author_id
        and d.day >= k.week and d.day < k.week + 7
    group by k.org_id, k.author_id, k.week;
end
$$;

create or replace function check_in_days_insert() returns trigger language plpgsql as $$
begin
    insert into check_in_days as d (org_id, author_id, day, check_ins, last_at)
    select n.org_id, n.author_id, cast(n.created_at at time zone o.time_zone as date), count(*), max(n.created_at)
    from inserted n join organizations o on o.id = n.org_id
    group by 1, 2, 3
    order by 1, 3, 2
    on conflict (org_id, day, author_id) do update
        set check_ins = d.check_ins + excluded.check_ins, last_at = greatest(d.last_at, excluded.last_at);
    insert into check_in_weeks as w (org_id, author_id, week, check_ins, last_at)
    select n.org_id, n.author_id, cast(date_trunc('week', n.created_at at time zone o.time_zone) as date), count(*),
           max(n.created_at)
    from inserted n join organizations o on o.id = n.org_id
    group by 1, 2, 3
    order by 1, 3, 2
    on conflict (org_id, week, author_id) do update
        set check_ins = w.check_ins + excluded.check_ins, last_at = greatest(w.last_at, excluded.last_at);
    return null;
end
$$;

-- Deletes and updates (rare: check-ins are history; rows only go with their objective) recount the
-- days and weeks of the rows removed and, for an update, of the rows written.
create or replace function check_in_days_delete() returns trigger language plpgsql as $$
begin
    perform check_in_rollups_recount(array_agg(org_id), array_agg(author_id), array_agg(created_at)) from removed;
    return null;
end
$$;

create or replace function check_in_days_update() returns trigger language plpgsql as $$
begin
    perform check_in_rollups_recount(array_agg(org_id), array_agg(author_id), array_agg(created_at))
    from (select org_id, author_id, created_at from removed
          union all select org_id, author_id, created_at from inserted) r;
    return null;
end
$$;

drop function check_in_days_recount(jsonb);

create or replace function check_in_days_rezone() returns trigger language plpgsql as $$
begin
    delete from check_in_days where org_id = new.id;
    insert into check_in_days (org_id, author_id, day, check_ins, last_at)
    select c.org_id, c.author_id, cast(c.created_at at time zone new.time_zone as date), count(*), max(c.created_at)
    from check_ins c where c.org_id = new.id
    group by 1, 2, 3;
    delete from check_in_weeks where org_id = new.id;
    insert into check_in_weeks (org_id, author_id, week, check_ins, last_at)
    select d.org_id, d.author_id, cast(date_trunc('week', cast(d.day as timestamp)) as date), sum(d.check_ins),
           max(d.last_at)
    from check_in_days d where d.org_id = new.id
    group by 1, 2, 3;
    return null;
end
$$;
