package app.cairn.reminders;

import java.util.Map;

/**
 * What is due for each trigger, as one set-based query per rule. Rows: the person who must act, the
 * subject id, a due key (the due date/time the reminder is about: part of the dedupe key), the title
 * and the link. Parameters: :org, cast(:now as timestamptz), :offset (days or hours), :today.
 */
final class ReminderQueries {

    private ReminderQueries() {}

    static final Map<ReminderTrigger, String> BY_TRIGGER = Map.of(
            ReminderTrigger.REVIEW_DUE,
            """
            select r.reviewee_id, r.id, cast(c.self_review_due as text),
                   'Your self review for ' || c.name || ' is due soon', '/reviews/' || r.id
              from reviews r join review_cycles c on c.id = r.cycle_id
             where c.org_id = :org and c.state = 'ACTIVE' and r.state = 'SELF_REVIEW'
               and c.self_review_due > cast(:now as timestamptz) and c.self_review_due <= cast(:now as timestamptz) + make_interval(days => :offset)
               and not exists (select 1 from review_responses a where a.review_id = r.id and a.role = 'SELF'
                                 and a.submitted_at is not null)
            union all
            select r.manager_id, r.id, cast(c.manager_review_due as text),
                   'Your review of ' || p.name || ' for ' || c.name || ' is due soon', '/reviews/' || r.id
              from reviews r join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
             where c.org_id = :org and c.state = 'ACTIVE' and r.manager_id is not null
               and r.state in ('SELF_REVIEW', 'MANAGER_REVIEW') and r.manager_submitted_at is null
               and c.manager_review_due > cast(:now as timestamptz) and c.manager_review_due <= cast(:now as timestamptz) + make_interval(days => :offset)
            """,
            ReminderTrigger.SELF_REVIEW_NOT_STARTED,
            """
            select r.reviewee_id, r.id, cast(c.launched_at as text),
                   'You have not started your self review for ' || c.name, '/reviews/' || r.id
              from reviews r join review_cycles c on c.id = r.cycle_id
             where c.org_id = :org and c.state = 'ACTIVE' and r.state = 'SELF_REVIEW'
               and c.launched_at + make_interval(days => :offset) <= cast(:now as timestamptz)
               and not exists (select 1 from review_responses a where a.review_id = r.id and a.role = 'SELF')
            """,
            ReminderTrigger.CHECK_IN_MISSING,
            """
            select o.owner_id, o.id, cast(cast(coalesce(l.last_at, o.created_at) as date) as text),
                   'No check-in on "' || o.title || '" for ' || :offset || ' days', '/objectives/' || o.id
              from objectives o
              left join lateral (select max(ci.created_at) as last_at from check_ins ci
                                  where ci.objective_id = o.id) l on true
             where o.org_id = :org and o.status = 'ACTIVE' and o.owner_id is not null
               and coalesce(l.last_at, o.created_at) + make_interval(days => :offset) <= cast(:now as timestamptz)
            """,
            ReminderTrigger.ONE_TO_ONE_UPCOMING,
            """
            select x.person_id, s.id, cast(s.starts_at as text),
                   'Your ' || case s.kind when 'ONE_TO_ONE' then '1:1' when 'CHECK_IN' then 'check-in'
                                          else 'appraisal meeting' end
                       || ' with ' || p.name || ' starts soon: prepare the agenda', '/one-on-ones/' || s.id
              from sessions s
              cross join lateral (values (s.organizer_id, s.attendee_id), (s.attendee_id, s.organizer_id))
                   as x(person_id, other_id)
              join people p on p.id = x.other_id
             where s.org_id = :org and s.status = 'SCHEDULED'
               and s.starts_at > cast(:now as timestamptz) and s.starts_at <= cast(:now as timestamptz) + make_interval(hours => :offset)
            """,
            ReminderTrigger.ONE_TO_ONE_OVERDUE,
            """
            select m.id, r.id, cast(cast(coalesce(l.last_at, r.created_at) as date) as text),
                   'Your 1:1 with ' || r.name || ' is overdue: schedule one', '/people/' || r.id
              from people r join people m on m.id = r.manager_id
              left join lateral (select max(s.starts_at) as last_at from sessions s
                                  where s.kind = 'ONE_TO_ONE' and s.status = 'COMPLETED'
                                    and ((s.organizer_id = m.id and s.attendee_id = r.id)
                                      or (s.organizer_id = r.id and s.attendee_id = m.id))) l on true
              left join one_to_one_intervals i on i.manager_id = m.id and i.report_id = r.id
              left join session_settings ss on ss.org_id = r.org_id
             where r.org_id = :org and r.active and m.active
               and coalesce(l.last_at, r.created_at)
                   + make_interval(days => coalesce(i.interval_days, ss.default_interval_days, 14) + :offset) <= cast(:now as timestamptz)
               and not exists (select 1 from sessions s where s.kind = 'ONE_TO_ONE' and s.status = 'SCHEDULED'
                                 and s.starts_at >= cast(:now as timestamptz)
                                 and ((s.organizer_id = m.id and s.attendee_id = r.id)
                                   or (s.organizer_id = r.id and s.attendee_id = m.id)))
            """,
            ReminderTrigger.ACTION_ITEM_DUE,
            """
            select a.assignee_id, a.id, cast(a.due_date as text),
                   'Action item due ' || to_char(a.due_date, 'FMDD Mon') || ': ' || a.title,
                   '/one-on-ones/' || a.session_id
              from session_action_items a
             where a.org_id = :org and not a.done and a.assignee_id is not null and a.due_date is not null
               and a.due_date <= cast(:today as date) + :offset
            """,
            ReminderTrigger.DRAFT_WAITING,
            """
            select p.manager_id, o.id, cast(o.proposed_at as text),
                   p.name || '''s draft "' || o.title || '" waits for your agreement', '/objectives/' || o.id
              from objectives o join people p on p.id = o.owner_id
             where o.org_id = :org and o.status = 'DRAFT' and o.proposed_at is not null and p.manager_id is not null
               and o.proposed_at + make_interval(days => :offset) <= cast(:now as timestamptz)
            """,
            ReminderTrigger.NOMINATION_NOT_APPROVED,
            """
            select r.manager_id, r.id, cast(c.id as text),
                   'Peers nominated for ' || p.name || ' wait for your approval', '/reviews/' || r.id
              from reviews r join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
             where c.org_id = :org and c.state = 'ACTIVE' and r.nominations_state = 'SUBMITTED'
               and r.manager_id is not null
               and r.updated_at + make_interval(days => :offset) <= cast(:now as timestamptz)
            """,
            ReminderTrigger.FEEDBACK_REQUEST_DUE,
            """
            select f.responder_id, f.id, cast(f.due_on as text),
                   'Feedback requested by ' || q.name || ' is due ' || to_char(f.due_on, 'FMDD Mon'),
                   '/feedback?tab=requests'
              from feedback_requests f join people q on q.id = f.requester_id
             where f.org_id = :org and f.status = 'PENDING' and f.due_on is not null
               and f.due_on <= cast(:today as date) + :offset
            """);
}
