-- Feedback requests (issue #13) remind their responder like the other reminder triggers: a new
-- trigger, and its default rule (1 day before the due date) for organizations that already have rules.
alter table reminder_rules drop constraint reminder_rules_trigger_check;
alter table reminder_rules add constraint reminder_rules_trigger_check
    check (trigger in ('REVIEW_DUE', 'SELF_REVIEW_NOT_STARTED', 'CHECK_IN_MISSING', 'ONE_TO_ONE_UPCOMING',
                       'ONE_TO_ONE_OVERDUE', 'ACTION_ITEM_DUE', 'DRAFT_WAITING', 'NOMINATION_NOT_APPROVED',
                       'FEEDBACK_REQUEST_DUE'));

insert into reminder_rules (id, org_id, trigger, offset_value, audience, channel, quiet_start, quiet_end,
                            enabled, created_at, updated_at)
select gen_random_uuid(), o.id, 'FEEDBACK_REQUEST_DUE', 1, 'SUBJECT', 'BOTH', time '21:00', time '07:00',
       true, now(), now()
  from organizations o
 where exists (select 1 from reminder_rules r where r.org_id = o.id)
   and not exists (select 1 from reminder_rules r where r.org_id = o.id and r.trigger = 'FEEDBACK_REQUEST_DUE');
