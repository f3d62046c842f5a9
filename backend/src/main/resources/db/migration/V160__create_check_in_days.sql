-- Check-ins per author and day (the organization's calendar day): what the check-in activity report
-- reads instead of every check-in (a person checking in on five objectives on a day is one row).
-- Kept by statement triggers in the transaction of every insert, update or delete of check-ins (the
-- API, the demo seeder, imports and cascaded deletes alike), and rebuilt for an organization when its
-- time zone changes, so its days are always the organization's current ones.
create table check_in_days (
    org_id    uuid        not null references organizations (id),
    author_id uuid        not null,
    day       date        not null,
    check_ins integer     not null check (check_ins > 0),
    last_at   timestamptz not null,
    primary key (org_id, day, author_id)
);
-- "last check-in before the range" per person
create index check_in_days_author_idx on check_in_days (org_id, author_id, day);

insert into check_in_days (org_id, author_id, day, check_ins, last_at)
select c.org_id, c.author_id, cast(c.created_at at time zone o.time_zone as date), count(*), max(c.created_at)
from check_ins c join organizations o on o.id = c.org_id
group by 1, 2, 3;

-- Recounts the given (org, author, day) keys from check_ins: used after deletes and updates, which
-- are rare (check-ins are history; rows only go with their objective).
create function check_in_days_recount(keys jsonb) returns void language plpgsql as $$
begin
    delete from check_in_days d
    using (select distinct cast(e ->> 'org_id' as uuid) as org_id, cast(e ->> 'author_id' as uuid) as author_id,
                           cast(e ->> 'day' as date) as day
           from jsonb_array_elements(coalesce(keys, '[]')) e) k
    where d.org_id = k.org_id and d.author_id = k.author_id and d.day = k.day;
    insert into check_in_days (org_id, author_id, day, check_ins, last_at)
    select k.org_id, k.author_id, k.day, count(*), max(c.created_at)
    from (select distinct cast(e ->> 'org_id' as uuid) as org_id, cast(e ->> 'author_id' as uuid) as author_id,
                          cast(e ->> 'day' as date) as day
          from jsonb_array_elements(coalesce(keys, '[]')) e) k
    join organizations o on o.id = k.org_id
    join check_ins c on c.org_id = k.org_id and c.author_id = k.author_id
        and c.created_at >= k.day::timestamp at time zone o.time_zone
        and c.created_at < (k.day + 1)::timestamp at time zone o.time_zone
    group by k.org_id, k.author_id, k.day;
end
$$;

create function check_in_days_insert() returns trigger language plpgsql as $$
begin
    insert into check_in_days as d (org_id, author_id, day, check_ins, last_at)
    select n.org_id, n.author_id, cast(n.created_at at time zone o.time_zone as date), count(*), max(n.created_at)
    from inserted n join organizations o on o.id = n.org_id
    group by 1, 2, 3
    order by 1, 3, 2
    on conflict (org_id, day, author_id) do update
        set check_ins = d.check_ins + excluded.check_ins, last_at = greatest(d.last_at, excluded.last_at);
    return null;
end
$$;

create function check_in_days_delete() returns trigger language plpgsql as $$
begin
    perform check_in_days_recount((
        select jsonb_agg(jsonb_build_object('org_id', r.org_id, 'author_id', r.author_id,
                                            'day', cast(r.created_at at time zone o.time_zone as date)))
        from removed r join organizations o on o.id = r.org_id));
    return null;
end
$$;

create function check_in_days_update() returns trigger language plpgsql as $$
begin
    perform check_in_days_recount((
        select jsonb_agg(jsonb_build_object('org_id', r.org_id, 'author_id', r.author_id,
                                            'day', cast(r.created_at at time zone o.time_zone as date)))
        from (select org_id, author_id, created_at from removed
              union select org_id, author_id, created_at from inserted) r
        join organizations o on o.id = r.org_id));
    return null;
end
$$;

create trigger check_in_days_insert after insert on check_ins
    referencing new table as inserted for each statement execute function check_in_days_insert();
create trigger check_in_days_delete after delete on check_ins
    referencing old table as removed for each statement execute function check_in_days_delete();
create trigger check_in_days_update after update on check_ins
    referencing old table as removed new table as inserted for each statement execute function check_in_days_update();

create function check_in_days_rezone() returns trigger language plpgsql as $$
begin
    delete from check_in_days where org_id = new.id;
    insert into check_in_days (org_id, author_id, day, check_ins, last_at)
    select c.org_id, c.author_id, cast(c.created_at at time zone new.time_zone as date), count(*), max(c.created_at)
    from check_ins c where c.org_id = new.id
    group by 1, 2, 3;
    return null;
end
$$;

create trigger check_in_days_rezone after update of time_zone on organizations
    for each row when (old.time_zone is distinct from new.time_zone) execute function check_in_days_rezone();
