-- objective_roots (V191) was kept on a change of parent by a statement trigger that joined the statement's
-- old and new rows. PL/pgSQL plans that join once per session, sized for the first statement it saw:
-- one row, so a nested loop. A later statement updating thousands of objectives, for whatever column,
-- then compared every old row with every new one (4,000 rows: 0.8 s; 100,000: hours). A row trigger
-- whose WHEN clause leaves out every update that keeps the parent does the same work, and costs
-- nothing for the others (every check-in's progress update among them).
drop trigger objective_roots_update on objectives;

-- After the statement, from the objectives as it left them (several moved in one statement each see
-- every move): the moved objective's root is the top of its chain of parents, and so is the root of
-- everything below it.
create or replace function objective_roots_update() returns trigger language plpgsql as $$
declare
    new_root uuid;
begin
    with recursive up(id, parent) as (
        select new.id, new.parent_id
        union
        select p.id, p.parent_id from up u join objectives p on p.id = u.parent
    )
    select id into new_root from up where parent is null;
    with recursive below(id) as (
        select new.id
        union
        select o.id from objectives o join below b on o.parent_id = b.id
    )
    update objective_roots x set root_id = new_root
    from below b
    where x.objective_id = b.id and x.root_id <> new_root;
    return null;
end
$$;

create trigger objective_roots_update after update on objectives
    for each row when (old.parent_id is distinct from new.parent_id) execute function objective_roots_update();
