package app.cairn.demo;

import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveRepository;
import app.cairn.objectives.ObjectiveStatus;
import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.sessions.ActionItem;
import app.cairn.sessions.ActionItemRepository;
import app.cairn.sessions.AgendaItem;
import app.cairn.sessions.AgendaItemRepository;
import app.cairn.sessions.AgendaTemplate;
import app.cairn.sessions.AgendaTemplateRepository;
import app.cairn.sessions.PrivateNote;
import app.cairn.sessions.PrivateNoteRepository;
import app.cairn.sessions.Recurrence;
import app.cairn.sessions.Session;
import app.cairn.sessions.SessionKind;
import app.cairn.sessions.SessionRepository;
import app.cairn.sessions.SessionStatus;
import app.cairn.sessions.SharedNotes;
import app.cairn.sessions.SharedNotesRepository;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Morgan's 1:1s over the last quarter: a fortnightly series with each of the five reports, completed
 * occurrences with shared notes, agenda items (some carried over) and action items (some done, some
 * carried), private notes by Morgan and by Erin, and the next occurrence scheduled. Ruth's last 1:1
 * was cancelled, so she is overdue. Also the organization's standard agenda template and one of
 * Morgan's own.
 */
@ApplicationScoped
public class DemoSessions {

    /** What one completed 1:1 was about: topics (the last one undiscussed when `carry`), notes, actions. */
    record Meeting(List<String> topics, boolean carry, String notes, List<String> actions) {}

    private static final List<Meeting> MEETINGS = List.of(
            new Meeting(
                    List.of("Quarter goals: what does success look like?", "Onboarding feedback"),
                    false,
                    "Agreed the quarter's individual objectives and how they ladder up to the platform goals.",
                    List.of("Draft individual objectives for the quarter")),
            new Meeting(
                    List.of("Progress on objectives", "Pairing with the SRE team", "Conference budget"),
                    true,
                    "Good momentum. Pairing with SRE is useful; keep it weekly.",
                    List.of("Book a pairing slot with Hana")),
            new Meeting(
                    List.of("Blockers on the migration work", "Feedback on the design review"),
                    false,
                    "The design review went well; next time, send the doc two days earlier.",
                    List.of("Share the design doc template")),
            new Meeting(
                    List.of("Career growth: next level expectations", "Team rituals"),
                    true,
                    "Walked through the next level's expectations; pick two areas to grow in.",
                    List.of("Pick two growth areas", "Ask for peer feedback")),
            new Meeting(
                    List.of("Objectives check: at risk items", "Holiday planning"),
                    false,
                    "One key result is at risk; agreed to descope the dashboard.",
                    List.of("Update the key result target")),
            new Meeting(
                    List.of("Retro on the release", "Mentoring the new joiner"),
                    true,
                    "Release went smoothly. Happy to mentor the new joiner.",
                    List.of("Set up a weekly mentoring slot")));

    private final PersonRepository people;
    private final SessionRepository sessions;
    private final AgendaItemRepository agendaItems;
    private final ActionItemRepository actionItems;
    private final SharedNotesRepository sharedNotes;
    private final PrivateNoteRepository privateNotes;
    private final AgendaTemplateRepository templates;
    private final ObjectiveRepository objectives;
    private final Clock clock;

    public DemoSessions(
            PersonRepository people,
            SessionRepository sessions,
            AgendaItemRepository agendaItems,
            ActionItemRepository actionItems,
            SharedNotesRepository sharedNotes,
            PrivateNoteRepository privateNotes,
            AgendaTemplateRepository templates,
            ObjectiveRepository objectives,
            Clock clock) {
        this.people = people;
        this.sessions = sessions;
        this.agendaItems = agendaItems;
        this.actionItems = actionItems;
        this.sharedNotes = sharedNotes;
        this.privateNotes = privateNotes;
        this.templates = templates;
        this.objectives = objectives;
        this.clock = clock;
    }

    public void create(Organization org) {
        Map<String, Person> byEmail = new HashMap<>();
        people.list("orgId", org.id).forEach(p -> byEmail.put(p.email, p));
        Person morgan = byEmail.get("morgan.manager@example.com");
        templates(org, morgan);
        Instant now = clock.instant();
        // Each report's 1:1 is on its own weekday at 10:00 UTC (Ruth's at 14:00).
        String[] reports = {
            "erin.employee@example.com",
            "felix.wagner@example.com",
            "hana.suzuki@example.com",
            "luis.garcia@example.com",
            "ruth.adeyemi@example.com"
        };
        DayOfWeek[] days = {
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY
        };
        for (int i = 0; i < reports.length; i++) {
            Person report = byEmail.get(reports[i]);
            boolean ruth = reports[i].startsWith("ruth");
            // The series' next occurrence is within the coming fortnight; count back from there.
            LocalDate nextDay = LocalDate.ofInstant(now, ZoneOffset.UTC)
                    .plusDays(i == 3 ? 7 : 1)
                    .with(TemporalAdjusters.nextOrSame(days[i]));
            Instant next = nextDay.atTime(ruth ? 14 : 10, 0).toInstant(ZoneOffset.UTC);
            series(org, morgan, report, next, ruth, reports[i].startsWith("erin"));
        }
    }

    private void series(Organization org, Person morgan, Person report, Instant next, boolean overdue, boolean erin) {
        List<Instant> starts = new ArrayList<>();
        for (Instant s = next.minus(Duration.ofDays(14 * 6)); !s.isAfter(next); s = s.plus(Duration.ofDays(14))) {
            starts.add(s);
        }
        List<Objective> theirObjectives = objectives.list(
                "orgId = ?1 and ownerId = ?2 and status = ?3", org.id, report.id, ObjectiveStatus.ACTIVE);
        Session previous = null;
        List<AgendaItem> carriedTopics = new ArrayList<>();
        List<ActionItem> openActions = new ArrayList<>();
        for (int n = 0; n < starts.size(); n++) {
            boolean last = n == starts.size() - 1;
            // Ruth's two most recent occurrences were cancelled (leave, then a clash): she is overdue.
            boolean cancelled = overdue && (n == starts.size() - 2 || n == starts.size() - 3);
            Session s = new Session();
            s.orgId = org.id;
            s.seriesId = previous == null ? s.id : previous.seriesId;
            s.kind = SessionKind.ONE_TO_ONE;
            s.organizerId = morgan.id;
            s.attendeeId = report.id;
            s.startsAt = starts.get(n);
            s.durationMinutes = 30;
            s.recurrence = Recurrence.FORTNIGHTLY;
            s.seriesStartsAt = starts.get(0);
            s.occurrence = n;
            s.previousId = previous == null ? null : previous.id;
            s.createdAt = starts.get(0).minus(Duration.ofDays(3));
            if (last) {
                s.status = SessionStatus.SCHEDULED;
            } else if (cancelled) {
                s.status = SessionStatus.CANCELLED;
                s.cancelledAt = s.startsAt.minus(Duration.ofDays(1));
                s.cancelledBy = n == starts.size() - 2 ? morgan.id : report.id;
                s.cancelReason = n == starts.size() - 2 ? "Ruth on leave" : "Clash with the release";
            } else {
                s.status = SessionStatus.COMPLETED;
                s.completedAt = s.startsAt.plus(Duration.ofMinutes(30));
                s.completedBy = morgan.id;
            }
            sessions.persist(s);
            if (s.status == SessionStatus.CANCELLED) {
                // nothing happened: what was to be carried waits for the next occurrence
                previous = s;
                continue;
            }

            // what was carried here from the previous occurrence
            int position = 0;
            for (AgendaItem from : carriedTopics) {
                AgendaItem copy = agenda(s, from.authorId, from.title, position++);
                copy.carriedOver = true;
                copy.carriedFromId = from.id;
                copy.discussed = !last;
            }
            List<ActionItem> stillOpen = new ArrayList<>();
            for (ActionItem from : openActions) {
                ActionItem copy = action(s, from.authorId, from.assigneeId, from.title, from.dueDate);
                copy.carriedOver = true;
                copy.carriedFromId = from.id;
                from.carriedToId = copy.id;
                // carried actions get done at the next completed 1:1, except Erin's latest one
                if (!last && !(erin && n >= starts.size() - 3)) {
                    copy.done = true;
                    copy.doneAt = s.startsAt;
                } else {
                    stillOpen.add(copy);
                }
            }
            carriedTopics = new ArrayList<>();
            openActions = stillOpen;
            if (last) {
                AgendaItem topic = agenda(s, report.id, "Feedback on my last sprint", position++);
                topic.createdAt = clock.instant().minus(Duration.ofDays(1));
                if (!theirObjectives.isEmpty()) {
                    link(s, theirObjectives.get(0), morgan);
                }
                break;
            }
            Meeting meeting = MEETINGS.get(n % MEETINGS.size());
            for (int t = 0; t < meeting.topics().size(); t++) {
                boolean undiscussed = meeting.carry() && t == meeting.topics().size() - 1;
                AgendaItem item = agenda(
                        s, t % 2 == 0 ? morgan.id : report.id, meeting.topics().get(t), position++);
                item.discussed = !undiscussed;
                if (undiscussed) {
                    carriedTopics.add(item);
                }
            }
            notes(s, morgan, meeting.notes());
            for (int a = 0; a < meeting.actions().size(); a++) {
                ActionItem action = action(
                        s,
                        morgan.id,
                        a == 1 ? morgan.id : report.id,
                        meeting.actions().get(a),
                        LocalDate.ofInstant(s.startsAt.plus(Duration.ofDays(10)), ZoneOffset.UTC));
                // most actions are done before the next 1:1; every other one is carried over
                if (n % 2 == 0 || a == 1) {
                    action.done = true;
                    action.doneAt = s.startsAt.plus(Duration.ofDays(5));
                } else {
                    openActions.add(action);
                }
            }
            if (!theirObjectives.isEmpty() && n % 2 == 1) {
                link(s, theirObjectives.get(n / 2 % theirObjectives.size()), morgan);
            }
            if (erin) {
                privateNote(s, morgan, "Erin is ready for more ownership; consider her for the canary rollout lead.");
                if (n % 2 == 0) {
                    privateNote(s, report, "Remember to ask about the conference budget and the on-call rota.");
                }
            } else if (n == starts.size() - 2) {
                privateNote(s, morgan, "Check in on workload next time.");
            }
            previous = s;
        }
    }

    private AgendaItem agenda(Session s, UUID author, String title, int position) {
        AgendaItem item = new AgendaItem();
        item.orgId = s.orgId;
        item.sessionId = s.id;
        item.authorId = author;
        item.title = title;
        item.position = position;
        item.createdAt = s.startsAt.minus(Duration.ofDays(2)).plus(position, ChronoUnit.MINUTES);
        agendaItems.persist(item);
        return item;
    }

    private ActionItem action(Session s, UUID author, UUID assignee, String title, LocalDate due) {
        ActionItem item = new ActionItem();
        item.orgId = s.orgId;
        item.sessionId = s.id;
        item.authorId = author;
        item.assigneeId = assignee;
        item.title = title;
        item.dueDate = due;
        item.createdAt = s.startsAt.plus(Duration.ofMinutes(25));
        actionItems.persist(item);
        return item;
    }

    private void notes(Session s, Person author, String body) {
        SharedNotes notes = new SharedNotes();
        notes.sessionId = s.id;
        notes.orgId = s.orgId;
        notes.body = body;
        notes.updatedBy = author.id;
        notes.createdAt = s.startsAt.plus(Duration.ofMinutes(28));
        notes.updatedAt = notes.createdAt;
        sharedNotes.persist(notes);
    }

    private void privateNote(Session s, Person author, String body) {
        PrivateNote note = new PrivateNote();
        note.orgId = s.orgId;
        note.sessionId = s.id;
        note.authorId = author.id;
        note.body = body;
        note.createdAt = s.startsAt.plus(Duration.ofMinutes(31));
        privateNotes.persist(note);
    }

    private void link(Session s, Objective objective, Person by) {
        sessions.flush();
        Panache.getEntityManager()
                .createNativeQuery("insert into session_objectives (session_id, objective_id, org_id, added_by,"
                        + " created_at) values (:s, :o, :org, :by, :at) on conflict do nothing")
                .setParameter("s", s.id)
                .setParameter("o", objective.id)
                .setParameter("org", s.orgId)
                .setParameter("by", by.id)
                .setParameter("at", OffsetDateTime.ofInstant(s.startsAt, ZoneOffset.UTC))
                .executeUpdate();
    }

    private void templates(Organization org, Person morgan) {
        AgendaTemplate standard = new AgendaTemplate();
        standard.orgId = org.id;
        standard.name = "Standard 1:1";
        standard.items = new String[] {
            "Wins since we last met", "Progress on objectives", "Blockers", "Feedback both ways", "Career and growth"
        };
        templates.persist(standard);
        AgendaTemplate own = new AgendaTemplate();
        own.orgId = org.id;
        own.ownerId = morgan.id;
        own.name = "Morgan's platform 1:1";
        own.items = new String[] {"On-call and incidents", "Objectives check", "Anything on your mind?"};
        templates.persist(own);
    }
}
