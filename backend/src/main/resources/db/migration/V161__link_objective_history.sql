-- Each history row carries the objective's previous progress and health (null for its first row), so
-- the weekly progress and health reports sum changes with a plain aggregate instead of ordering all
-- history per objective (lag() over 300,000 rows at 100k objectives). Kept by a row trigger in the
-- transaction of every insert: it links the new row to the one before it and, for a backdated row,
-- relinks the row after it. History is never updated; rows only go with their objective.
alter table objective_history
    add column prev_progress numeric(5, 2),
    add column prev_health   varchar(20);

update objective_history h
set prev_progress = l.prev_progress, prev_health = l.prev_health
from (select id, lag(progress) over w as prev_progress, lag(health) over w as prev_health
      from objective_history
      window w as (partition by objective_id order by recorded_at, id)) l
where l.id = h.id and l.prev_health is not null;

create function objective_history_link() returns trigger language plpgsql as $$
begin
    select h.progress, h.health into new.prev_progress, new.prev_health
    from objective_history h
    where h.objective_id = new.objective_id
      and (h.recorded_at < new.recorded_at or (h.recorded_at = new.recorded_at and h.id < new.id))
    order by h.recorded_at desc, h.id desc
    limit 1;
    update objective_history h set prev_progress = new.progress, prev_health = new.health
    where h.id = (select x.id from objective_history x
                  where x.objective_id = new.objective_id
                    and (x.recorded_at > new.recorded_at or (x.recorded_at = new.recorded_at and x.id > new.id))
                  order by x.recorded_at, x.id
                  limit 1);
    return new;
end
$$;

create trigger objective_history_link before insert on objective_history
    for each row execute function objective_history_link();
