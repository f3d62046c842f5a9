package app.cairn.tasks;

/** The to-do inbox as one set-based query: one branch per kind, each a join over live data (no N+1). */
final class TaskQueries {

    private TaskQueries() {}

    /** Rows: kind, title, link, subject_id, due_at (timestamptz), due_on (date). Needs :me, :org, :admin, :now, :soon, :today, :checkin_days, :checkin_cutoff, :default_days. */
    static final String TASKS = """
            select 'SELF_REVIEW', c.name, '/reviews/' || r.id, r.id, c.self_review_due, cast(null as date)
              from reviews r join review_cycles c on c.id = r.cycle_id
             where r.reviewee_id = :me and c.state = 'ACTIVE' and r.state = 'SELF_REVIEW'
               and not exists (select 1 from review_responses a where a.review_id = r.id and a.role = 'SELF'
                                 and a.submitted_at is not null)
            union all
            select 'MANAGER_REVIEW', c.name || ': ' || p.name, '/reviews/' || r.id, r.id, c.manager_review_due, null
              from reviews r join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
             where r.manager_id = :me and c.state = 'ACTIVE' and r.state in ('SELF_REVIEW', 'MANAGER_REVIEW')
               and r.manager_submitted_at is null
            union all
            select 'PEER_REVIEW', c.name || ': ' || p.name, '/reviews/' || r.id, r.id, c.peer_answers_due, null
              from review_nominations n join reviews r on r.id = n.review_id
              join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
             where n.peer_id = :me and r.nominations_state = 'APPROVED' and c.state = 'ACTIVE'
               and r.state in ('SELF_REVIEW', 'MANAGER_REVIEW')
               and not exists (select 1 from review_responses a where a.review_id = r.id and a.role = 'PEER'
                                 and a.author_id = :me and a.submitted_at is not null)
            union all
            select 'REVIEW_SIGN_OFF', c.name, '/reviews/' || r.id, r.id, c.sign_off_due, null
              from reviews r join review_cycles c on c.id = r.cycle_id
             where r.reviewee_id = :me and r.state = 'SHARED'
            union all
            select 'NOMINATIONS_TO_APPROVE', c.name || ': ' || p.name, '/reviews/' || r.id, r.id, c.peer_answers_due, null
              from reviews r join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
             where r.manager_id = :me and r.nominations_state = 'SUBMITTED' and c.state = 'ACTIVE'
            union all
            select 'DRAFT_TO_AGREE', o.title || ' (' || p.name || ')', '/objectives/' || o.id, o.id, null, o.due_date
              from objectives o join people p on p.id = o.owner_id
             where p.manager_id = :me and o.status = 'DRAFT' and o.proposed_at is not null
            union all
            select 'CHECK_IN_DUE', o.title, '/objectives/' || o.id, o.id,
                   coalesce(l.last_at, o.created_at) + make_interval(days => :checkin_days), null
              from objectives o
              left join lateral (select max(ci.created_at) as last_at from check_ins ci
                                  where ci.objective_id = o.id) l on true
             where o.owner_id = :me and o.status = 'ACTIVE' and coalesce(l.last_at, o.created_at) < :checkin_cutoff
            union all
            select 'ONE_TO_ONE_TO_PREPARE', coalesce(s.title, p.name), '/one-on-ones/' || s.id, s.id, s.starts_at, null
              from sessions s
              join people p on p.id = case when s.organizer_id = :me then s.attendee_id else s.organizer_id end
             where (s.organizer_id = :me or s.attendee_id = :me) and s.status = 'SCHEDULED'
               and s.starts_at >= :now and s.starts_at < :soon
            union all
            select 'ONE_TO_ONE_OVERDUE', r.name, '/people/' || r.id, r.id,
                   l.last_at + make_interval(days => coalesce(i.interval_days, :default_days)), null
              from people r
              left join one_to_one_intervals i on i.manager_id = :me and i.report_id = r.id
              left join lateral (select max(s.starts_at) as last_at from sessions s
                                  where s.kind = 'ONE_TO_ONE' and s.status = 'COMPLETED'
                                    and ((s.organizer_id = :me and s.attendee_id = r.id)
                                      or (s.organizer_id = r.id and s.attendee_id = :me))) l on true
             where r.manager_id = :me and r.active
               and (l.last_at is null
                    or l.last_at + make_interval(days => coalesce(i.interval_days, :default_days)) < :now)
               and not exists (select 1 from sessions s where s.kind = 'ONE_TO_ONE' and s.status = 'SCHEDULED'
                                 and s.starts_at >= :now
                                 and ((s.organizer_id = :me and s.attendee_id = r.id)
                                   or (s.organizer_id = r.id and s.attendee_id = :me)))
            union all
            select 'ACTION_ITEM', a.title, '/one-on-ones/' || a.session_id, a.id, null, a.due_date
              from session_action_items a
             where a.assignee_id = :me and not a.done and a.due_date <= :today
            union all
            select 'FEEDBACK_REQUEST', p.name, '/feedback?tab=requests', fr.id, null, fr.due_on
              from feedback_requests fr join people p on p.id = fr.requester_id
             where fr.org_id = :org and fr.responder_id = :me and fr.status = 'PENDING'
            union all
            select 'CYCLE_TO_CALIBRATE', c.name, '/admin/review-cycles/' || c.id, c.id, c.manager_review_due, null
              from review_cycles c
             where :admin and c.org_id = :org and c.state = 'ACTIVE'
               and exists (select 1 from reviews r where r.cycle_id = c.id and r.state = 'CALIBRATION')
            """;
}
