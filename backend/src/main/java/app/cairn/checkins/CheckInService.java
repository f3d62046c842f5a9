package app.cairn.checkins;

import app.cairn.checkins.dto.CheckInResponse;
import app.cairn.checkins.dto.KeyResultCheckInRequest;
import app.cairn.checkins.dto.ObjectiveCheckInRequest;
import app.cairn.checkins.dto.ProgressSeries;
import app.cairn.common.error.ApiException;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.SqlValues;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.objectives.Health;
import app.cairn.objectives.KeyResult;
import app.cairn.objectives.KeyResultRepository;
import app.cairn.objectives.KeyResultService;
import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.objectives.ObjectiveRepository;
import app.cairn.objectives.ObjectiveService;
import app.cairn.objectives.ProgressRollup;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Check-ins: the objective is locked first, so check-ins on one objective queue up; each one updates
 * the value or progress, then the roll-up carries the change up the cascade in the same transaction.
 */
@ApplicationScoped
public class CheckInService {

    private final CheckInRepository checkIns;
    private final ObjectiveService objectives;
    private final ObjectiveRepository objectiveRepository;
    private final KeyResultService keyResults;
    private final KeyResultRepository keyResultRepository;
    private final ObjectiveAccess access;
    private final ProgressRollup rollup;
    private final Clock clock;
    private final DomainEvents events;

    public CheckInService(
            CheckInRepository checkIns,
            ObjectiveService objectives,
            ObjectiveRepository objectiveRepository,
            KeyResultService keyResults,
            KeyResultRepository keyResultRepository,
            ObjectiveAccess access,
            ProgressRollup rollup,
            Clock clock,
            DomainEvents events) {
        this.events = events;
        this.checkIns = checkIns;
        this.objectives = objectives;
        this.objectiveRepository = objectiveRepository;
        this.keyResults = keyResults;
        this.keyResultRepository = keyResultRepository;
        this.access = access;
        this.rollup = rollup;
        this.clock = clock;
    }

    @Transactional
    public CheckInResponse checkInObjective(UUID objectiveId, ObjectiveCheckInRequest request) {
        Objective objective = checkInTarget(objectiveId);
        if (request.progress() == null
                && request.health() == null
                && request.confidence() == null
                && (request.comment() == null || request.comment().isBlank())) {
            throw ApiException.invalid("progress", "give a progress, a health, a confidence or a comment");
        }
        if (request.progress() != null
                && (keyResultRepository.countFor(objective.id) > 0
                        || objectiveRepository.countRolledUpChildren(objective.id) > 0)) {
            throw ApiException.invalid(
                    "progress",
                    "is computed from this objective's key results or aligned objectives: check in on those");
        }
        EntityManager em = Panache.getEntityManager();
        if (request.progress() != null) {
            em.createNativeQuery("update objectives set manual_progress = :p where id = :id")
                    .setParameter("p", request.progress())
                    .setParameter("id", objective.id)
                    .executeUpdate();
        }
        return record(objective, null, null, request.health(), request.confidence(), request.comment());
    }

    @Transactional
    public CheckInResponse checkInKeyResult(UUID keyResultId, KeyResultCheckInRequest request) {
        KeyResult kr = keyResults.find(keyResultId);
        Objective objective = checkInTarget(kr.objectiveId);
        BigDecimal value = request.value();
        String problem = kr.kind.problemWith(value);
        if (problem != null) {
            throw ApiException.invalid("value", problem);
        }
        Panache.getEntityManager()
                .createNativeQuery("update key_results set current_value = :v, updated_at = :now, version = version + 1"
                        + " where id = :id")
                .setParameter("v", value)
                .setParameter("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("id", kr.id)
                .executeUpdate();
        return record(objective, kr, value, request.health(), request.confidence(), request.comment());
    }

    public PageResponse<CheckInResponse> list(UUID objectiveId, PageQuery page) {
        Objective objective = objectives.findVisible(objectiveId);
        EntityManager em = Panache.getEntityManager();
        List<Object[]> rows = em.createQuery(
                        "select c, p.name from CheckIn c join Person p on p.id = c.authorId"
                                + " where c.objectiveId = :id order by c.createdAt desc, c.id desc",
                        Object[].class)
                .setParameter("id", objective.id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList();
        long total = checkIns.count("objectiveId", objective.id);
        return new PageResponse<>(
                rows.stream()
                        .map(r -> toResponse((CheckIn) r[0], (String) r[1]))
                        .toList(),
                page.page,
                page.size,
                total);
    }

    public ProgressSeries series(UUID objectiveId) {
        Objective objective = objectives.findVisible(objectiveId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select recorded_at, progress, health from objective_history"
                        + " where objective_id = :id order by recorded_at, id")
                .setParameter("id", objective.id)
                .getResultList();
        return new ProgressSeries(rows.stream()
                .map(r -> new ProgressSeries.Point(
                        SqlValues.instant(r[0]), (BigDecimal) r[1], Health.valueOf((String) r[2])))
                .toList());
    }

    /** The objective, visible, changeable by the caller, not ended, and locked for this transaction. */
    private Objective checkInTarget(UUID objectiveId) {
        Objective objective = objectives.findVisible(objectiveId);
        if (!access.canEdit(objective)) {
            throw ApiException.forbidden("You may read this objective but not check in on it.");
        }
        Panache.getEntityManager()
                .createNativeQuery("select id from objectives where id = :id for no key update")
                .setParameter("id", objective.id)
                .getSingleResult();
        Panache.getEntityManager().refresh(objective);
        if (objective.isEnded()) {
            throw ApiException.conflict(
                    "This objective is " + objective.status.name().toLowerCase() + ": it takes no more check-ins.");
        }
        return objective;
    }

    private CheckInResponse record(
            Objective objective, KeyResult kr, BigDecimal value, Health health, Integer confidence, String comment) {
        EntityManager em = Panache.getEntityManager();
        Instant now = clock.instant();
        em.createNativeQuery(
                        "update objectives set last_check_in_at = :now, health = coalesce(cast(:health as varchar), health) where id = :id")
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("health", health == null ? null : health.name())
                .setParameter("id", objective.id)
                .executeUpdate();
        rollup.changed(objective.id);
        em.refresh(objective);
        CheckIn checkIn = new CheckIn();
        checkIn.orgId = objective.orgId;
        checkIn.objectiveId = objective.id;
        checkIn.authorId = access.me();
        checkIn.health = health;
        checkIn.confidence = confidence;
        checkIn.comment = comment == null || comment.isBlank() ? null : comment.trim();
        checkIn.createdAt = now;
        checkIn.objectiveProgress = objective.progress;
        if (kr != null) {
            checkIn.keyResultId = kr.id;
            checkIn.keyResultTitle = kr.title;
            checkIn.value = value;
            checkIn.progress = KeyResult.progressOf(kr.startValue, kr.targetValue, value);
        } else {
            checkIn.progress = objective.progress;
        }
        checkIns.persist(checkIn);
        if (kr == null) {
            events.publish(
                    EventTypes.OBJECTIVE_CHECKED_IN,
                    objective.orgId,
                    objective.id,
                    access.me(),
                    Map.of("checkInId", checkIn.id));
        } else {
            events.publish(
                    EventTypes.KEY_RESULT_CHECKED_IN,
                    objective.orgId,
                    kr.id,
                    access.me(),
                    Map.of("checkInId", checkIn.id, "objectiveId", objective.id));
        }
        return toResponse(checkIn, access.caller().name);
    }

    private static CheckInResponse toResponse(CheckIn c, String authorName) {
        return new CheckInResponse(
                c.id,
                c.objectiveId,
                c.keyResultId,
                c.keyResultTitle,
                new Ref(c.authorId, authorName),
                c.value,
                c.progress,
                c.objectiveProgress,
                c.health,
                c.confidence,
                c.comment,
                c.createdAt);
    }
}
