package app.cairn.objectives;

import app.cairn.notifications.LiveEvents;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps progress consistent through the cascade, in the caller's transaction. An objective's
 * progress comes from its key results (weighted) when it has any; else from its ACTIVE and COMPLETED
 * aligned children (weighted); else from its latest check-in. After a change, each ancestor is
 * locked (row lock, bottom-up: the same order for every writer, so no deadlock) and recomputed, so
 * concurrent check-ins under one parent are both reflected. Each change is recorded in
 * objective_history for charts and the cascade's time travel, and announced on the live stream
 * (after commit, to whoever may see the objectives: LiveEvents).
 */
@ApplicationScoped
public class ProgressRollup {

    private static final String COMPUTE = """
            select case
                when exists (select 1 from key_results k where k.objective_id = o.id) then (
                    select sum(k.weight * case
                            when k.target_value = k.start_value then
                                case when k.current_value >= k.target_value then 100 else 0 end
                            else greatest(0, least(100,
                                (k.current_value - k.start_value) * 100 / (k.target_value - k.start_value)))
                        end) / sum(k.weight)
                    from key_results k where k.objective_id = o.id)
                when exists (select 1 from objectives c where c.parent_id = o.id and c.status in ('ACTIVE', 'COMPLETED')) then (
                    select sum(c.weight * c.progress) / sum(c.weight)
                    from objectives c where c.parent_id = o.id and c.status in ('ACTIVE', 'COMPLETED'))
                else o.manual_progress
            end
            from objectives o where o.id = :id
            """;

    private final Clock clock;
    private final LiveEvents live;

    public ProgressRollup(Clock clock, LiveEvents live) {
        this.clock = clock;
        this.live = live;
    }

    /**
     * Recomputes `objectiveId` and then its ancestors while their progress changes; records history
     * for the objective itself always (its health, status or weight may have changed), and raises one
     * live `objective.progress` event for it and the ancestors that changed.
     */
    public void changed(UUID objectiveId) {
        live.objectivesChanged(changedAt(objectiveId, clock.instant()));
    }

    /**
     * As {@link #changed(UUID)}, recording the history at `at`, without a live event (the demo data
     * replays a past quarter); returns the objectives recorded.
     */
    public List<UUID> changedAt(UUID objectiveId, Instant at) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        UUID current = objectiveId;
        List<UUID> recorded = new ArrayList<>();
        boolean first = true;
        for (int depth = 0; current != null && depth < 1000; depth++) {
            Object[] row = (Object[])
                    em.createNativeQuery("select parent_id, progress from objectives where id = :id for no key update")
                            .setParameter("id", current)
                            .getSingleResult();
            UUID parent = (UUID) row[0];
            BigDecimal before = (BigDecimal) row[1];
            BigDecimal after = ((BigDecimal) em.createNativeQuery(COMPUTE)
                            .setParameter("id", current)
                            .getSingleResult())
                    .setScale(2, RoundingMode.HALF_UP);
            boolean progressChanged = before.compareTo(after) != 0;
            if (progressChanged) {
                em.createNativeQuery("update objectives set progress = :p where id = :id")
                        .setParameter("p", after)
                        .setParameter("id", current)
                        .executeUpdate();
            }
            if (progressChanged || first) {
                record(em, current, now);
                recorded.add(current);
            } else {
                break;
            }
            first = false;
            current = parent;
        }
        return recorded;
    }

    /** Recomputes a former parent after a child left it (re-parented, cancelled, archived). */
    public void childLeft(UUID formerParentId) {
        if (formerParentId != null) {
            changed(formerParentId);
        }
    }

    private static void record(EntityManager em, UUID objectiveId, OffsetDateTime at) {
        em.createNativeQuery("""
                        insert into objective_history (org_id, objective_id, recorded_at, progress, health, status, parent_id, weight)
                        select org_id, id, :at, progress, health, status, parent_id, weight from objectives where id = :id
                        """)
                .setParameter("at", at)
                .setParameter("id", objectiveId)
                .executeUpdate();
    }
}
