package app.cairn.sessions;

import app.cairn.common.error.ApiException;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveService;
import app.cairn.sessions.dto.ActionItemRequest;
import app.cairn.sessions.dto.ActionItemResponse;
import app.cairn.sessions.dto.AgendaItemRequest;
import app.cairn.sessions.dto.AgendaItemResponse;
import app.cairn.sessions.dto.LinkedObjective;
import app.cairn.sessions.dto.NotesRequest;
import app.cairn.sessions.dto.NotesResponse;
import app.cairn.sessions.dto.ReorderAgendaRequest;
import app.cairn.sessions.dto.UpdateActionItemRequest;
import app.cairn.sessions.dto.UpdateAgendaItemRequest;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A session's content, for its participants only: the shared agenda, shared notes, each author's
 * private notes (read and written by the author alone), action items and linked objectives.
 */
@ApplicationScoped
public class SessionContentService {

    private final SessionAccess access;
    private final SessionMapper mapper;
    private final SessionRepository sessions;
    private final AgendaItemRepository agendaItems;
    private final ActionItemRepository actionItems;
    private final SharedNotesRepository sharedNotes;
    private final PrivateNoteRepository privateNotes;
    private final ObjectiveService objectives;
    private final Clock clock;
    private final DomainEvents events;

    public SessionContentService(
            SessionAccess access,
            SessionMapper mapper,
            SessionRepository sessions,
            AgendaItemRepository agendaItems,
            ActionItemRepository actionItems,
            SharedNotesRepository sharedNotes,
            PrivateNoteRepository privateNotes,
            ObjectiveService objectives,
            Clock clock,
            DomainEvents events) {
        this.access = access;
        this.mapper = mapper;
        this.sessions = sessions;
        this.agendaItems = agendaItems;
        this.actionItems = actionItems;
        this.sharedNotes = sharedNotes;
        this.privateNotes = privateNotes;
        this.objectives = objectives;
        this.clock = clock;
        this.events = events;
    }

    // --- agenda ---

    public List<AgendaItemResponse> agenda(UUID sessionId) {
        return mapper.agenda(access.findForContent(sessionId));
    }

    @Transactional
    public AgendaItemResponse addAgendaItem(UUID sessionId, AgendaItemRequest request) {
        Session session = access.findForContentEdit(sessionId);
        int position = agendaItems
                .find("sessionId = ?1 order by position desc", session.id)
                .firstResultOptional()
                .map(i -> i.position + 1)
                .orElse(0);
        AgendaItem item = new AgendaItem();
        item.orgId = session.orgId;
        item.sessionId = session.id;
        item.authorId = access.me();
        item.title = request.title().trim();
        item.position = position;
        agendaItems.persist(item);
        agendaItems.flush();
        events.publish(
                EventTypes.AGENDA_ITEM_ADDED,
                session.orgId,
                session.id,
                access.me(),
                java.util.Map.of("itemId", item.id));
        return mapper.agendaItem(item);
    }

    @Transactional
    public AgendaItemResponse updateAgendaItem(UUID sessionId, UUID itemId, UpdateAgendaItemRequest request) {
        Session session = access.findForContentEdit(sessionId);
        AgendaItem item = agendaItem(session, itemId);
        Versions.check(request.version(), item.version, "This agenda item");
        if (request.title() != null && !request.title().trim().equals(item.title)) {
            if (!item.authorId.equals(access.me())) {
                throw ApiException.forbidden("Only its author edits an agenda item's text; you may mark it discussed.");
            }
            if (request.title().isBlank()) {
                throw ApiException.invalid("title", "must not be blank");
            }
            item.title = request.title().trim();
        }
        if (request.discussed() != null) {
            item.discussed = request.discussed();
        }
        agendaItems.flush();
        return mapper.agendaItem(item);
    }

    @Transactional
    public void deleteAgendaItem(UUID sessionId, UUID itemId) {
        Session session = access.findForContentEdit(sessionId);
        AgendaItem item = agendaItem(session, itemId);
        if (!item.authorId.equals(access.me())) {
            throw ApiException.forbidden("Only its author removes an agenda item.");
        }
        agendaItems.delete(item);
    }

    @Transactional
    public List<AgendaItemResponse> reorder(UUID sessionId, ReorderAgendaRequest request) {
        Session session = access.findForContentEdit(sessionId);
        List<AgendaItem> items = agendaItems.list("sessionId", session.id);
        Map<UUID, AgendaItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id, i));
        if (request.itemIds().size() != items.size()
                || new HashSet<>(request.itemIds()).size() != items.size()
                || !byId.keySet().containsAll(request.itemIds())) {
            throw ApiException.invalid("itemIds", "must list each of the session's agenda item ids exactly once");
        }
        int position = 0;
        for (UUID id : request.itemIds()) {
            byId.get(id).position = position++;
        }
        agendaItems.flush();
        return mapper.agenda(session);
    }

    private AgendaItem agendaItem(Session session, UUID itemId) {
        return agendaItems
                .findByIdOptional(itemId)
                .filter(i -> i.sessionId.equals(session.id))
                .orElseThrow(() -> ApiException.notFound("Agenda item"));
    }

    // --- notes ---

    public NotesResponse sharedNotes(UUID sessionId) {
        return mapper.sharedNotes(access.findForContent(sessionId));
    }

    @Transactional
    public NotesResponse saveSharedNotes(UUID sessionId, NotesRequest request) {
        Session session = access.findForContentEdit(sessionId);
        Instant now = clock.instant();
        SharedNotes notes = sharedNotes.findByIdOptional(session.id).orElse(null);
        if (notes == null) {
            if (request.version() != null && request.version() != 0) {
                throw ApiException.staleVersion("These notes");
            }
            notes = new SharedNotes();
            notes.sessionId = session.id;
            notes.orgId = session.orgId;
            notes.createdAt = now;
            notes.body = request.body();
            notes.updatedBy = access.me();
            notes.updatedAt = now;
            sharedNotes.persist(notes);
        } else {
            if (request.version() == null) {
                // the caller loaded no notes (a first save), but someone else has written them since
                throw ApiException.staleVersion("These notes");
            }
            Versions.check(request.version(), notes.version, "These notes");
            notes.body = request.body();
            notes.updatedBy = access.me();
            notes.updatedAt = now;
        }
        sharedNotes.flush();
        return new NotesResponse(notes.body, mapper.ref(notes.updatedBy), notes.updatedAt, notes.version);
    }

    /** The caller's own private note on the session (empty when there is none). */
    public NotesResponse privateNote(UUID sessionId) {
        Session session = access.findForContent(sessionId);
        return privateNotes
                .find("sessionId = ?1 and authorId = ?2", session.id, access.me())
                .firstResultOptional()
                .map(this::toResponse)
                .orElse(new NotesResponse("", null, null, null));
    }

    @Transactional
    public NotesResponse savePrivateNote(UUID sessionId, NotesRequest request) {
        Session session = access.findForContentEdit(sessionId);
        PrivateNote note = privateNotes
                .find("sessionId = ?1 and authorId = ?2", session.id, access.me())
                .firstResultOptional()
                .orElse(null);
        if (note == null) {
            if (request.version() != null && request.version() != 0) {
                throw ApiException.staleVersion("Your private note");
            }
            note = new PrivateNote();
            note.orgId = session.orgId;
            note.sessionId = session.id;
            note.authorId = access.me();
            note.body = request.body();
            privateNotes.persist(note);
        } else {
            Versions.check(request.version(), note.version, "Your private note");
            note.body = request.body();
        }
        privateNotes.flush();
        return toResponse(note);
    }

    private NotesResponse toResponse(PrivateNote note) {
        return new NotesResponse(note.body, mapper.ref(note.authorId), note.updatedAt, note.version);
    }

    // --- action items ---

    public List<ActionItemResponse> actions(UUID sessionId) {
        return mapper.actions(access.findForContent(sessionId));
    }

    /** Action items assigned to the caller, from sessions they take part in; live copies only. */
    public PageResponse<ActionItemResponse> myActions(Boolean done, PageQuery page) {
        String where = "assigneeId = ?1 and carriedToId is null" + (done == null ? "" : " and done = ?2");
        var query = done == null
                ? actionItems.find(where + " order by done, dueDate nulls last, createdAt", access.me())
                : actionItems.find(where + " order by done, dueDate nulls last, createdAt", access.me(), done);
        long total = query.count();
        List<ActionItem> items = query.page(page.page, page.size).list();
        Map<UUID, Session> byId = new HashMap<>();
        if (!items.isEmpty()) {
            sessions.list("id in ?1", items.stream().map(i -> i.sessionId).toList())
                    .forEach(s -> byId.put(s.id, s));
        }
        List<ActionItemResponse> responses = items.stream()
                .filter(i -> byId.get(i.sessionId).hasParticipant(access.me()))
                .map(i -> mapper.actionItem(i, byId.get(i.sessionId)))
                .toList();
        return new PageResponse<>(responses, page.page, page.size, total);
    }

    @Transactional
    public ActionItemResponse addAction(UUID sessionId, ActionItemRequest request) {
        Session session = access.findForContentEdit(sessionId);
        ensureParticipant(session, request.assigneeId());
        ActionItem item = new ActionItem();
        item.orgId = session.orgId;
        item.sessionId = session.id;
        item.authorId = access.me();
        item.assigneeId = request.assigneeId();
        item.title = request.title().trim();
        item.dueDate = request.dueDate();
        actionItems.persist(item);
        actionItems.flush();
        events.publish(EventTypes.ACTION_ITEM_ASSIGNED, item.orgId, item.id, access.me());
        return mapper.actionItem(item, session);
    }

    @Transactional
    public ActionItemResponse updateAction(UUID sessionId, UUID itemId, UpdateActionItemRequest request) {
        Session session = access.findForContentEdit(sessionId);
        ActionItem item = actionItems
                .findByIdOptional(itemId)
                .filter(i -> i.sessionId.equals(session.id))
                .orElseThrow(() -> ApiException.notFound("Action item"));
        Versions.check(request.version(), item.version, "This action item");
        if (request.assigneeId() != null) {
            ensureParticipant(session, request.assigneeId());
            item.assigneeId = request.assigneeId();
        }
        if (request.title() != null) {
            if (request.title().isBlank()) {
                throw ApiException.invalid("title", "must not be blank");
            }
            item.title = request.title().trim();
        }
        if (Boolean.TRUE.equals(request.clearDueDate())) {
            item.dueDate = null;
        } else if (request.dueDate() != null) {
            item.dueDate = request.dueDate();
        }
        if (request.done() != null && request.done() != item.done) {
            item.done = request.done();
            item.doneAt = item.done ? clock.instant() : null;
        }
        actionItems.flush();
        return mapper.actionItem(item, session);
    }

    @Transactional
    public void deleteAction(UUID sessionId, UUID itemId) {
        Session session = access.findForContentEdit(sessionId);
        ActionItem item = actionItems
                .findByIdOptional(itemId)
                .filter(i -> i.sessionId.equals(session.id))
                .orElseThrow(() -> ApiException.notFound("Action item"));
        if (!item.authorId.equals(access.me())) {
            throw ApiException.forbidden("Only its author removes an action item.");
        }
        actionItems.update("carriedToId = null where carriedToId = ?1", item.id);
        actionItems.delete(item);
    }

    private static void ensureParticipant(Session session, UUID personId) {
        if (!session.hasParticipant(personId)) {
            throw ApiException.invalid("assigneeId", "must be one of the session's two participants");
        }
    }

    // --- objectives ---

    public List<LinkedObjective> linkedObjectives(UUID sessionId) {
        return mapper.objectives(access.findForContent(sessionId));
    }

    @Transactional
    public List<LinkedObjective> linkObjective(UUID sessionId, UUID objectiveId) {
        Session session = access.findForContentEdit(sessionId);
        Objective objective;
        try {
            objective = objectives.findVisible(objectiveId);
        } catch (ApiException e) {
            throw ApiException.invalid("objectiveId", "is not an objective you can see");
        }
        Panache.getEntityManager()
                .createNativeQuery("insert into session_objectives (session_id, objective_id, org_id, added_by,"
                        + " created_at) values (:s, :o, :org, :me, :now) on conflict do nothing")
                .setParameter("s", session.id)
                .setParameter("o", objective.id)
                .setParameter("org", session.orgId)
                .setParameter("me", access.me())
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        return mapper.objectives(session);
    }

    @Transactional
    public void unlinkObjective(UUID sessionId, UUID objectiveId) {
        Session session = access.findForContentEdit(sessionId);
        int removed = Panache.getEntityManager()
                .createNativeQuery("delete from session_objectives where session_id = :s and objective_id = :o")
                .setParameter("s", session.id)
                .setParameter("o", objectiveId)
                .executeUpdate();
        if (removed == 0) {
            throw ApiException.notFound("Linked objective");
        }
    }
}
