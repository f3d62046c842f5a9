package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.persistence.Versions;
import app.cairn.common.time.Deadline;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.people.PersonRepository;
import app.cairn.periods.PeriodRepository;
import app.cairn.reviews.dto.CycleProgress;
import app.cairn.reviews.dto.CycleRequest;
import app.cairn.reviews.dto.CycleResponse;
import app.cairn.reviews.dto.Deadlines;
import app.cairn.reviews.dto.TemplateSection;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Cycles: admins prepare a draft (template, period, participants, deadlines), launch it — one review
 * per participant, in SELF_REVIEW, with the reporting line of that moment — and close it. Admins and
 * managers read cycles and their progress.
 */
@ApplicationScoped
public class ReviewCycleService {

    public static final String LAUNCHED = app.cairn.common.outbox.EventTypes.REVIEW_CYCLE_LAUNCHED;

    private static final Map<String, String> SORTS =
            Map.of("name", "name", "createdAt", "createdAt", "selfReviewDue", "selfReviewDue");

    private final ReviewCycleRepository cycles;
    private final ReviewRepository reviews;
    private final ReviewTemplateService templates;
    private final PersonRepository people;
    private final PeriodRepository periods;
    private final TeamRepository teams;
    private final ReviewAccess access;
    private final ReviewJson json;
    private final CycleMapper mapper;
    private final DomainEvents events;
    private final TimeZones timeZones;
    private final Clock clock;
    private final CycleAudit audit;

    public ReviewCycleService(
            ReviewCycleRepository cycles,
            ReviewRepository reviews,
            ReviewTemplateService templates,
            PersonRepository people,
            PeriodRepository periods,
            TeamRepository teams,
            ReviewAccess access,
            ReviewJson json,
            CycleMapper mapper,
            DomainEvents events,
            TimeZones timeZones,
            Clock clock,
            CycleAudit audit) {
        this.audit = audit;
        this.cycles = cycles;
        this.reviews = reviews;
        this.templates = templates;
        this.people = people;
        this.periods = periods;
        this.teams = teams;
        this.access = access;
        this.json = json;
        this.mapper = mapper;
        this.events = events;
        this.timeZones = timeZones;
        this.clock = clock;
    }

    public PageResponse<CycleResponse> list(CycleState state, PageQuery page) {
        requireReader();
        String where = "orgId = ?1" + (state == null ? "" : " and state = ?2");
        Object[] params = state == null ? new Object[] {access.orgId()} : new Object[] {access.orgId(), state};
        var query = cycles.find(where + page.orderBy(SORTS, "-createdAt", "id"), params)
                .page(page.page, page.size);
        return new PageResponse<>(mapper.toResponses(query.list()), page.page, page.size, query.count());
    }

    public CycleResponse get(UUID id) {
        requireReader();
        return toResponse(find(id));
    }

    @Transactional
    public CycleResponse create(CycleRequest request) {
        requireAdmin();
        ReviewCycle cycle = new ReviewCycle();
        cycle.orgId = access.orgId();
        apply(cycle, request);
        cycles.persist(cycle);
        cycles.flush();
        audit.record("created", cycle, null, false);
        return toResponse(cycle);
    }

    @Transactional
    public CycleResponse update(UUID id, CycleRequest request) {
        requireAdmin();
        ReviewCycle cycle = find(id);
        Versions.check(request.version(), cycle.version, "This cycle");
        if (cycle.state != CycleState.DRAFT) {
            throw ApiException.conflict("This cycle has been launched: only drafts change.");
        }
        Map<String, Object> before = CycleAudit.snapshot(cycle);
        apply(cycle, request);
        cycles.flush();
        audit.record("updated", cycle, before, false);
        return toResponse(cycle);
    }

    @Transactional
    public void delete(UUID id) {
        requireAdmin();
        ReviewCycle cycle = find(id);
        if (cycle.state != CycleState.DRAFT) {
            throw ApiException.conflict("This cycle has been launched: close it instead.");
        }
        audit.record("deleted", cycle, CycleAudit.snapshot(cycle), true);
        cycles.delete(cycle);
    }

    @Transactional
    public CycleResponse launch(UUID id, Integer version) {
        requireAdmin();
        ReviewCycle cycle = find(id);
        Versions.check(version, cycle.version, "This cycle");
        if (cycle.state != CycleState.DRAFT) {
            throw ApiException.conflict("This cycle was launched already.");
        }
        List<UUID> participants = participants(cycle);
        if (participants.isEmpty()) {
            throw ApiException.invalid("participantScope", "names nobody: add participants before launching");
        }
        // one review per participant with the reporting line of this moment, set-based for any size
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        reviews.getEntityManager()
                .createNativeQuery("""
                        insert into reviews (id, org_id, cycle_id, reviewee_id, manager_id, skip_level_id, team_id,
                                             created_at, updated_at)
                        select gen_random_uuid(), p.org_id, :cycle, p.id, p.manager_id, m.manager_id, p.team_id,
                               :now, :now
                          from people p left join people m on m.id = p.manager_id
                         where p.org_id = :org and p.id = any(cast(:ids as uuid[]))
                        """)
                .setParameter("cycle", cycle.id)
                .setParameter("now", now)
                .setParameter("org", cycle.orgId)
                .setParameter(
                        "ids", participants.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
        Map<String, Object> before = CycleAudit.snapshot(cycle);
        cycle.state = CycleState.ACTIVE;
        cycle.launchedAt = clock.instant();
        cycles.flush();
        audit.record("launched", cycle, before, false);
        events.publish(
                LAUNCHED,
                cycle.orgId,
                Map.of("organizationId", cycle.orgId, "subjectId", cycle.id, "actorId", access.me()));
        return toResponse(cycle);
    }

    @Transactional
    public CycleResponse close(UUID id, Integer version) {
        requireAdmin();
        ReviewCycle cycle = find(id);
        Versions.check(version, cycle.version, "This cycle");
        if (cycle.state != CycleState.ACTIVE) {
            throw ApiException.conflict("Only an active cycle can be closed.");
        }
        Map<String, Object> before = CycleAudit.snapshot(cycle);
        cycle.state = CycleState.CLOSED;
        cycle.closedAt = clock.instant();
        events.publish(app.cairn.common.outbox.EventTypes.REVIEW_CYCLE_CLOSED, cycle.orgId, cycle.id, access.me());
        cycles.flush();
        audit.record("closed", cycle, before, false);
        return toResponse(cycle);
    }

    public CycleProgress progress(UUID id) {
        requireReader();
        ReviewCycle cycle = find(id);
        EntityManager em = reviews.getEntityManager();
        Map<ReviewState, Long> counts = new EnumMap<>(ReviewState.class);
        Arrays.stream(ReviewState.values()).forEach(s -> counts.put(s, 0L));
        em.createQuery("select r.state, count(r) from Review r where r.cycleId = :c group by r.state", Object[].class)
                .setParameter("c", cycle.id)
                .getResultList()
                .forEach(row -> counts.put((ReviewState) row[0], (Long) row[1]));
        long self = em.createQuery(
                        "select count(a) from ReviewAnswers a, Review r where a.reviewId = r.id and r.cycleId = :c"
                                + " and a.role = :role and a.submittedAt is not null",
                        Long.class)
                .setParameter("c", cycle.id)
                .setParameter("role", ReviewRole.SELF)
                .getSingleResult();
        long manager = reviews.count("cycleId = ?1 and managerSubmittedAt is not null", cycle.id);
        return new CycleProgress(
                cycle.id,
                counts.values().stream().mapToLong(Long::longValue).sum(),
                counts.entrySet().stream()
                        .map(e -> new CycleProgress.StateCount(e.getKey(), e.getValue()))
                        .toList(),
                self,
                manager);
    }

    ReviewCycle find(UUID id) {
        return findOptional(id).orElseThrow(() -> ApiException.notFound("The review cycle"));
    }

    Optional<ReviewCycle> findOptional(UUID id) {
        return cycles.find("orgId = ?1 and id = ?2", access.orgId(), id).firstResultOptional();
    }

    private void requireReader() {
        if (!access.isAdmin() && !access.isManagerOfAnyone()) {
            throw ApiException.forbidden("Only admins and managers read review cycles.");
        }
    }

    private void requireAdmin() {
        if (!access.isAdmin()) {
            throw ApiException.forbidden("Only admins run review cycles.");
        }
    }

    /** Ids of the cycle's active participants (ids only: a launch for thousands loads no entities). */
    private List<UUID> participants(ReviewCycle cycle) {
        String active = "select p.id from Person p where p.orgId = :org and p.active = true";
        return switch (cycle.participantScope) {
            case EVERYONE -> ids(active, cycle.orgId, null);
            case TEAM -> {
                @SuppressWarnings("unchecked")
                List<UUID> teamIds = teams.getEntityManager()
                        .createNativeQuery("""
                                with recursive tree(id) as (
                                    select id from teams where id = :team and org_id = :org
                                    union
                                    select t.id from teams t join tree on t.parent_id = tree.id
                                )
                                select id from tree
                                """)
                        .setParameter("team", cycle.participantTeamId)
                        .setParameter("org", cycle.orgId)
                        .getResultList();
                yield ids(active + " and p.teamId in :ids", cycle.orgId, teamIds);
            }
            case LIST -> {
                List<UUID> ids = json.ids(cycle.participantIds);
                yield ids.isEmpty() ? List.of() : ids(active + " and p.id in :ids", cycle.orgId, ids);
            }
        };
    }

    private List<UUID> ids(String query, UUID orgId, List<UUID> ids) {
        var q = people.getEntityManager().createQuery(query, UUID.class).setParameter("org", orgId);
        return ids == null ? q.getResultList() : q.setParameter("ids", ids).getResultList();
    }

    private void apply(ReviewCycle cycle, CycleRequest request) {
        List<FieldError> errors = new ArrayList<>();
        // a day is the end of that day in the organization's time zone
        ZoneId zone = timeZones.ofOrganization(access.orgId());
        Instant selfReviewDue = due(request.selfReviewDue(), zone);
        Instant nominationsDue = due(request.nominationsDue(), zone);
        Instant peerAnswersDue = due(request.peerAnswersDue(), zone);
        Instant managerReviewDue = due(request.managerReviewDue(), zone);
        Instant signOffDue = due(request.signOffDue(), zone);
        ReviewTemplate template = null;
        try {
            template = templates.find(request.templateId());
        } catch (ApiException e) {
            errors.add(new FieldError("templateId", "is not a template of this organization"));
        }
        if (periods.find("orgId = ?1 and id = ?2", access.orgId(), request.periodId())
                .firstResultOptional()
                .isEmpty()) {
            errors.add(new FieldError("periodId", "is not a period of this organization"));
        }
        boolean peers = request.kind() == CycleKind.THREE_SIXTY;
        if (template != null && peers && !asks(json.sections(template.sections), ReviewRole.PEER)) {
            errors.add(new FieldError("templateId", "has no peer questions: a 360 needs some"));
        }
        if (request.appraisalType() != null && peers) {
            errors.add(new FieldError("appraisalType", "is for appraisals only"));
        }
        List<UUID> ids = List.of();
        switch (request.participantScope()) {
            case TEAM -> {
                if (request.participantTeamId() == null
                        || teams.find("orgId = ?1 and id = ?2", access.orgId(), request.participantTeamId())
                                .firstResultOptional()
                                .isEmpty()) {
                    errors.add(new FieldError("participantTeamId", "name a team of this organization"));
                }
            }
            case LIST -> {
                ids = request.participantIds() == null
                        ? List.of()
                        : new ArrayList<>(new LinkedHashSet<>(request.participantIds()));
                if (ids.isEmpty()) {
                    errors.add(new FieldError("participantIds", "name at least one person"));
                } else if (people.count("orgId = ?1 and active = true and id in ?2", access.orgId(), ids)
                        != ids.size()) {
                    errors.add(new FieldError("participantIds", "must all be active people of this organization"));
                }
            }
            case EVERYONE -> {}
        }
        if (peers) {
            if (nominationsDue == null) {
                errors.add(new FieldError("nominationsDue", "is required for a 360"));
            }
            if (peerAnswersDue == null) {
                errors.add(new FieldError("peerAnswersDue", "is required for a 360"));
            }
        }
        before(errors, selfReviewDue, managerReviewDue, "managerReviewDue", "the self review");
        before(errors, managerReviewDue, signOffDue, "signOffDue", "the manager review");
        if (peers) {
            before(errors, nominationsDue, peerAnswersDue, "peerAnswersDue", "the nominations");
            before(errors, peerAnswersDue, managerReviewDue, "managerReviewDue", "the peer answers");
        }
        int min = request.minPeers() == null ? 3 : request.minPeers();
        int max = request.maxPeers() == null ? Math.max(8, min) : request.maxPeers();
        if (max < min) {
            errors.add(new FieldError("maxPeers", "must be at least minPeers"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        cycle.name = request.name().trim();
        cycle.kind = request.kind();
        cycle.appraisalType =
                peers ? null : (request.appraisalType() == null ? AppraisalType.ANNUAL : request.appraisalType());
        cycle.templateId = template.id;
        cycle.periodId = request.periodId();
        cycle.participantScope = request.participantScope();
        cycle.participantTeamId =
                request.participantScope() == ParticipantScope.TEAM ? request.participantTeamId() : null;
        cycle.participantIds = json.write(ids);
        cycle.selfReviewDue = selfReviewDue;
        cycle.nominationsDue = peers ? nominationsDue : null;
        cycle.peerAnswersDue = peers ? peerAnswersDue : null;
        cycle.managerReviewDue = managerReviewDue;
        cycle.signOffDue = signOffDue;
        cycle.minPeers = min;
        cycle.maxPeers = max;
        cycle.calibration = request.calibration() == null || request.calibration();
        cycle.skipLevelSignOff = Boolean.TRUE.equals(request.skipLevelSignOff());
        cycle.peerSummaryRelease =
                request.peerSummaryRelease() == null ? PeerSummaryRelease.WHEN_SHARED : request.peerSummaryRelease();
    }

    private static Instant due(Deadline deadline, ZoneId zone) {
        return deadline == null ? null : deadline.in(zone);
    }

    private static void before(List<FieldError> errors, Instant first, Instant then, String field, String what) {
        if (first != null && then != null && then.isBefore(first)) {
            errors.add(new FieldError(field, "must not be before the deadline of " + what));
        }
    }

    static boolean asks(List<TemplateSection> sections, ReviewRole role) {
        return sections.stream()
                .flatMap(s -> s.questions().stream())
                .anyMatch(q -> q.roles().contains(role));
    }

    CycleResponse toResponse(ReviewCycle c) {
        return mapper.toResponse(c);
    }

    static Deadlines deadlines(ReviewCycle c) {
        return new Deadlines(c.selfReviewDue, c.nominationsDue, c.peerAnswersDue, c.managerReviewDue, c.signOffDue);
    }
}
