-- Where each objective's chain of parents ends (the objective itself when it has no parent): the
-- alignment coverage report counts an objective as aligned when its root is a company goal, with one
-- join instead of walking the cascade down from every company goal on each request. Kept by statement
-- triggers in the transaction of every write: an insert walks up from the new rows (stopping at the
-- first ancestor whose root is known); a change of parent gives the moved objectives and everything
-- below them their new root. Rows go with their objective.
create table objective_roots (
    objective_id uuid primary key references objectives (id) on delete cascade,
    root_id      uuid not null
);

insert into objective_roots (objective_id, root_id)
with recursive down(id, root_id) as (
    select id, id from objectives where parent_id is null
    union all
    select o.id, d.root_id from objectives o join down d on o.parent_id = d.id
)
select id, root_id from down;

create function objective_roots_insert() returns trigger language plpgsql as $$
begin
    insert into objective_roots (objective_id, root_id)
    with recursive up(id, parent, root_id) as (
        select n.id, n.parent_id, case when n.parent_id is null then n.id end from inserted n
        union all
        select u.id, p.parent_id, coalesce(r.root_id, case when p.parent_id is null then p.id end)
        from up u join objectives p on p.id = u.parent
        left join objective_roots r on r.objective_id = p.id
        where u.root_id is null
    )
    select id, root_id from up where root_id is not null;
    return null;
end
$$;

create function objective_roots_update() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from inserted n join removed r on r.id = n.id
                   where n.parent_id is distinct from r.parent_id) then
        return null;
    end if;
    with recursive up(id, parent, top) as (
        select n.id, n.parent_id, n.id from inserted n join removed r on r.id = n.id
        where n.parent_id is distinct from r.parent_id
        union all
        select u.id, p.parent_id, p.id from up u join objectives p on p.id = u.parent
    ),
    down(id, root_id) as (
        select id, top from up where parent is null
        union
        select o.id, d.root_id from objectives o join down d on o.parent_id = d.id
    )
    update objective_roots x set root_id = d.root_id
    from down d
    where x.objective_id = d.id and x.root_id <> d.root_id;
    return null;
end
$$;

create trigger objective_roots_insert after insert on objectives
    referencing new table as inserted for each statement execute function objective_roots_insert();
create trigger objective_roots_update after update on objectives
    referencing old table as removed new table as inserted for each statement execute function objective_roots_update();
