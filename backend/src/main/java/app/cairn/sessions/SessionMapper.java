package app.cairn.sessions;

import app.cairn.common.web.Ref;
import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.objectives.ObjectiveRepository;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.sessions.dto.ActionItemResponse;
import app.cairn.sessions.dto.AgendaItemResponse;
import app.cairn.sessions.dto.LinkedObjective;
import app.cairn.sessions.dto.NotesResponse;
import app.cairn.sessions.dto.SessionResponse;
import app.cairn.sessions.dto.SessionSummary;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Sessions and their parts to response records; person names are loaded once per request. */
@RequestScoped
public class SessionMapper {

    private final PersonRepository people;
    private final SessionAccess access;
    private final AgendaItemRepository agendaItems;
    private final ActionItemRepository actionItems;
    private final SharedNotesRepository sharedNotes;
    private final SessionRepository sessions;
    private final ObjectiveRepository objectives;
    private final ObjectiveAccess objectiveAccess;
    private final Map<UUID, String> names = new HashMap<>();

    public SessionMapper(
            PersonRepository people,
            SessionAccess access,
            AgendaItemRepository agendaItems,
            ActionItemRepository actionItems,
            SharedNotesRepository sharedNotes,
            SessionRepository sessions,
            ObjectiveRepository objectives,
            ObjectiveAccess objectiveAccess) {
        this.people = people;
        this.access = access;
        this.agendaItems = agendaItems;
        this.actionItems = actionItems;
        this.sharedNotes = sharedNotes;
        this.sessions = sessions;
        this.objectives = objectives;
        this.objectiveAccess = objectiveAccess;
    }

    /** Loads the names of these people in one query, for the refs that follow. */
    public void preload(Collection<UUID> ids) {
        Set<UUID> missing = new HashSet<>(ids);
        missing.removeAll(names.keySet());
        missing.remove(null);
        if (!missing.isEmpty()) {
            for (Person p : people.list("id in ?1", missing)) {
                names.put(p.id, p.name);
            }
        }
    }

    public Ref ref(UUID personId) {
        if (personId == null) {
            return null;
        }
        preload(List.of(personId));
        return new Ref(personId, names.getOrDefault(personId, "Unknown"));
    }

    public List<SessionSummary> summaries(List<Session> list) {
        Set<UUID> ids = new HashSet<>();
        list.forEach(s -> {
            ids.add(s.organizerId);
            ids.add(s.attendeeId);
        });
        preload(ids);
        return list.stream().map(this::summary).toList();
    }

    public SessionSummary summary(Session s) {
        return new SessionSummary(
                s.id,
                s.seriesId,
                s.kind,
                s.title,
                List.of(ref(s.organizerId), ref(s.attendeeId)),
                s.startsAt,
                s.endsAt(),
                s.durationMinutes,
                s.recurrence,
                s.status,
                s.tentative,
                access.isLocked(s),
                s.completedAt,
                s.version);
    }

    public SessionResponse full(Session s) {
        boolean participant = s.hasParticipant(access.me());
        String readOnly = access.readOnlyReason(s);
        boolean changeable = participant && readOnly == null;
        boolean scheduled = s.status == SessionStatus.SCHEDULED;
        UUID nextId = sessions.find("previousId = ?1 order by startsAt", s.id)
                .firstResultOptional()
                .map(n -> n.id)
                .orElse(null);
        List<AgendaItemResponse> agenda = participant ? agenda(s) : List.of();
        List<ActionItemResponse> actions = participant ? actions(s) : List.of();
        NotesResponse notes = participant ? sharedNotes(s) : null;
        List<LinkedObjective> linked = participant ? objectives(s) : List.of();
        return new SessionResponse(
                s.id,
                s.seriesId,
                s.kind,
                s.title,
                List.of(ref(s.organizerId), ref(s.attendeeId)),
                s.startsAt,
                s.endsAt(),
                s.durationMinutes,
                s.recurrence,
                s.status,
                s.tentative,
                s.seriesEnded,
                s.completedAt,
                ref(s.completedBy),
                s.cancelledAt,
                participant ? s.cancelReason : null,
                access.isLocked(s),
                access.locksAt(s),
                readOnly,
                s.previousId,
                nextId,
                participant,
                agenda,
                notes,
                actions,
                linked,
                new SessionResponse.Permissions(
                        changeable, changeable && scheduled, changeable && scheduled, changeable && scheduled),
                s.version);
    }

    public List<AgendaItemResponse> agenda(Session s) {
        List<AgendaItem> items = agendaItems.list("sessionId = ?1 order by position, createdAt, id", s.id);
        preload(items.stream().map(i -> i.authorId).toList());
        return items.stream().map(this::agendaItem).toList();
    }

    public AgendaItemResponse agendaItem(AgendaItem i) {
        return new AgendaItemResponse(
                i.id,
                i.title,
                ref(i.authorId),
                i.position,
                i.discussed,
                i.carriedOver,
                i.authorId.equals(access.me()),
                i.version);
    }

    public List<ActionItemResponse> actions(Session s) {
        List<ActionItem> items = actionItems.list("sessionId = ?1 order by createdAt, id", s.id);
        return items.stream().map(i -> actionItem(i, s)).toList();
    }

    public ActionItemResponse actionItem(ActionItem i, Session s) {
        return new ActionItemResponse(
                i.id,
                i.sessionId,
                s.startsAt,
                i.title,
                ref(i.assigneeId),
                ref(i.authorId),
                i.dueDate,
                i.done,
                i.doneAt,
                i.carriedOver,
                i.carriedToId != null,
                i.version);
    }

    public NotesResponse sharedNotes(Session s) {
        return sharedNotes
                .findByIdOptional(s.id)
                .map(n -> new NotesResponse(n.body, ref(n.updatedBy), n.updatedAt, n.version))
                .orElse(new NotesResponse("", null, null, null));
    }

    public List<LinkedObjective> objectives(Session s) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = Panache.getEntityManager()
                .createNativeQuery(
                        "select objective_id from session_objectives where session_id = :id order by created_at",
                        UUID.class)
                .setParameter("id", s.id)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Objective> byId = new HashMap<>();
        objectives.list("id in ?1", ids).forEach(o -> byId.put(o.id, o));
        return ids.stream()
                .map(byId::get)
                .filter(o -> o != null && objectiveAccess.canView(o))
                .map(o -> new LinkedObjective(o.id, o.title, ref(o.ownerId), o.status, o.health, o.progress))
                .toList();
    }
}
