package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.feedback.dto.AnswerRequest;
import app.cairn.feedback.dto.CreateFeedbackRequestsRequest;
import app.cairn.feedback.dto.DeclineRequest;
import app.cairn.feedback.dto.FeedbackRequestResponse;
import app.cairn.feedback.dto.FeedbackRequestsCreated;
import app.cairn.feedback.dto.FeedbackResponse;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Feedback requests: ask people for feedback about yourself or a report; the person asked answers
 * (once: the answer is feedback about the subject that the asker always reads) or declines.
 */
@ApplicationScoped
public class FeedbackRequestService {

    /** Requests addressed to the caller, or sent by them. */
    public enum Scope {
        INBOX,
        SENT
    }

    private final FeedbackRequestRepository requests;
    private final PersonRepository people;
    private final PromptTemplateService templates;
    private final FeedbackService feedback;
    private final FeedbackViews views;
    private final FeedbackAccess access;
    private final FeedbackNotices notices;
    private final TimeZones zones;
    private final Clock clock;

    public FeedbackRequestService(
            FeedbackRequestRepository requests,
            PersonRepository people,
            PromptTemplateService templates,
            FeedbackService feedback,
            FeedbackViews views,
            FeedbackAccess access,
            FeedbackNotices notices,
            TimeZones zones,
            Clock clock) {
        this.requests = requests;
        this.people = people;
        this.templates = templates;
        this.feedback = feedback;
        this.views = views;
        this.access = access;
        this.notices = notices;
        this.zones = zones;
        this.clock = clock;
    }

    public PageResponse<FeedbackRequestResponse> list(Scope scope, RequestStatus status, PageQuery page) {
        String who = scope == Scope.INBOX ? "responderId" : "requesterId";
        var query = status == null
                ? requests.find(
                        "orgId = ?1 and " + who + " = ?2 order by createdAt desc, id", access.orgId(), access.me())
                : requests.find(
                        "orgId = ?1 and " + who + " = ?2 and status = ?3 order by createdAt desc, id",
                        access.orgId(),
                        access.me(),
                        status);
        long total = query.count();
        return new PageResponse<>(toResponses(query.page(page.page, page.size).list()), page.page, page.size, total);
    }

    public FeedbackRequestResponse get(UUID id) {
        FeedbackRequest request = requests.findByIdOptional(id).orElse(null);
        access.requireVisible(request);
        return toResponses(List.of(request)).get(0);
    }

    @Transactional
    public FeedbackRequestsCreated create(CreateFeedbackRequestsRequest body) {
        Person requester = people.findById(access.me());
        Person subject = body.subjectId() == null ? requester : active(body.subjectId(), "subjectId");
        if (!access.mayRequestAbout(subject.id)) {
            throw ApiException.invalid("subjectId", "must be you or someone who reports to you");
        }
        String prompt = prompt(body);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zones.of(requester));
        if (body.dueOn() != null && body.dueOn().isBefore(today)) {
            throw ApiException.invalid("dueOn", "must be today (" + today + ") or later");
        }
        List<Person> responders = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < body.responderIds().size(); i++) {
            String field = "responderIds[" + i + "]";
            Person responder = active(body.responderIds().get(i), field);
            if (!seen.add(responder.id)) {
                throw ApiException.invalid(field, "names the same person twice");
            }
            if (responder.id.equals(subject.id) || responder.id.equals(requester.id)) {
                throw ApiException.invalid(field, "must be someone other than you and the person it is about");
            }
            responders.add(responder);
        }
        UUID groupId = UUID.randomUUID();
        List<FeedbackRequest> created = new ArrayList<>();
        for (Person responder : responders) {
            FeedbackRequest request = new FeedbackRequest();
            request.orgId = access.orgId();
            request.groupId = groupId;
            request.requesterId = requester.id;
            request.subjectId = subject.id;
            request.responderId = responder.id;
            request.prompt = prompt;
            request.templateId = body.templateId();
            request.dueOn = body.dueOn();
            request.createdAt = clock.instant();
            requests.persist(request);
            created.add(request);
        }
        requests.flush();
        created.forEach(notices::requested);
        return new FeedbackRequestsCreated(groupId, toResponses(created));
    }

    @Transactional
    public FeedbackResponse answer(UUID id, AnswerRequest body) {
        FeedbackRequest request = locked(id);
        access.requireAnswerable(request);
        FeedbackVisibility visibility = body.visibility() == null ? FeedbackVisibility.PRIVATE : body.visibility();
        if (visibility == FeedbackVisibility.PUBLIC) {
            throw ApiException.invalid("visibility", "an answer is never public: choose PRIVATE or MANAGERS");
        }
        Feedback answer = feedback.give(
                new FeedbackService.Gift(request.subjectId, body.body(), visibility, body.valueIds(), null, null, null),
                request);
        request.status = RequestStatus.ANSWERED;
        request.answeredAt = clock.instant();
        requests.flush();
        notices.answered(request, answer);
        return views.of(answer);
    }

    @Transactional
    public FeedbackRequestResponse decline(UUID id, DeclineRequest body) {
        FeedbackRequest request = locked(id);
        access.requireAnswerable(request);
        request.status = RequestStatus.DECLINED;
        request.declinedAt = clock.instant();
        request.declineReason =
                body == null || body.reason() == null || body.reason().isBlank()
                        ? null
                        : body.reason().trim();
        requests.flush();
        notices.declined(request);
        return toResponses(List.of(request)).get(0);
    }

    /** The request row locked, so that two answers at once queue up and the second finds it answered. */
    private FeedbackRequest locked(UUID id) {
        FeedbackRequest request = requests.findByIdOptional(id).orElse(null);
        access.requireVisible(request);
        requests.getEntityManager().lock(request, LockModeType.PESSIMISTIC_WRITE);
        requests.getEntityManager().refresh(request);
        return request;
    }

    private String prompt(CreateFeedbackRequestsRequest body) {
        if (body.prompt() != null && !body.prompt().isBlank()) {
            return body.prompt().trim();
        }
        if (body.templateId() != null) {
            return templates.forRequest(body.templateId(), "templateId").prompt;
        }
        throw ApiException.invalid("prompt", "is required unless you choose a prompt template");
    }

    private Person active(UUID id, String field) {
        Person person =
                people.findInOrg(access.orgId(), id).orElseThrow(() -> ApiException.notFound("The person", field));
        if (!person.active) {
            throw ApiException.invalid(field, "is deactivated");
        }
        return person;
    }

    private List<FeedbackRequestResponse> toResponses(List<FeedbackRequest> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<UUID, Person> persons = new HashMap<>();
        people.list(
                        "id in ?1",
                        items.stream()
                                .flatMap(r -> Stream.of(r.requesterId, r.subjectId, r.responderId))
                                .distinct()
                                .toList())
                .forEach(p -> persons.put(p.id, p));
        Map<UUID, UUID> answers = new HashMap<>();
        List<UUID> answered = items.stream()
                .filter(r -> r.status == RequestStatus.ANSWERED)
                .map(r -> r.id)
                .toList();
        if (!answered.isEmpty()) {
            requests.getEntityManager()
                    .createQuery("select f.requestId, f.id from Feedback f where f.requestId in :ids", Object[].class)
                    .setParameter("ids", answered)
                    .getResultList()
                    .forEach(row -> answers.put((UUID) row[0], (UUID) row[1]));
        }
        return items.stream()
                .map(r -> {
                    Person responder = persons.get(r.responderId);
                    boolean overdue = r.status == RequestStatus.PENDING
                            && r.dueOn != null
                            && LocalDate.ofInstant(clock.instant(), zones.of(responder))
                                    .isAfter(r.dueOn);
                    return new FeedbackRequestResponse(
                            r.id,
                            r.groupId,
                            ref(persons.get(r.requesterId)),
                            ref(persons.get(r.subjectId)),
                            ref(responder),
                            r.prompt,
                            r.dueOn,
                            overdue,
                            r.status,
                            r.createdAt,
                            r.answeredAt,
                            r.declinedAt,
                            r.declineReason,
                            answers.get(r.id));
                })
                .toList();
    }

    private static Ref ref(Person p) {
        return new Ref(p.id, p.name);
    }
}
