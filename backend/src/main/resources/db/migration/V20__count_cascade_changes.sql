-- The cascade's ETag stamp: a counter per organization that moves with every committed change to
-- what the cascade shows (objectives, key results, check-ins, their history, people, teams,
-- periods). The triggers are deferred, so each transaction bumps the counter once per organization
-- as it commits: the counter's order is the commit order, and a transaction that committed late can
-- never leave the stamp where an earlier one put it (as a timestamp or id taken before commit can).
-- Bumping at commit also takes the counter's row lock last and only for the commit itself.
create table cascade_changes (
    org_id  uuid primary key,
    counter bigint not null default 0
);

create function count_cascade_change() returns trigger language plpgsql as $$
declare
    org     uuid;
    counted text;
begin
    org := case when tg_op = 'DELETE' then old.org_id else new.org_id end;
    -- once per organization and transaction: the setting is local to the transaction
    counted := coalesce(current_setting('cairn.cascade_counted', true), '');
    if position(org::text in counted) > 0 then
        return null;
    end if;
    insert into cascade_changes (org_id, counter) values (org, 1)
        on conflict (org_id) do update set counter = cascade_changes.counter + 1;
    perform set_config('cairn.cascade_counted', counted || org::text || ',', true);
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['objectives', 'key_results', 'check_ins', 'objective_history', 'people', 'teams', 'periods']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I'
                       ' deferrable initially deferred for each row execute function count_cascade_change()',
                       t || '_count_cascade_change', t);
    end loop;
end
$$;
