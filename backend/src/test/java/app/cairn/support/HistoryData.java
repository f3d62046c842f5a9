package app.cairn.support;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Writes history rows straight into the database (backdated), for timeline and report tests. */
@ApplicationScoped
public class HistoryData {

    @Transactional
    public UUID objective(
            UUID orgId,
            UUID periodId,
            UUID ownerId,
            UUID teamId,
            String title,
            String level,
            String status,
            String health,
            double progress,
            String visibility,
            UUID parentId,
            Instant createdAt) {
        UUID id = UUID.randomUUID();
        sql("""
                insert into objectives (id, org_id, period_id, parent_id, title, level, owner_id, team_id, author_id,
                    status, health, progress, manual_progress, visibility, created_at, updated_at)
                values (:id, :org, :period, cast(:parent as uuid), :title, :level, :owner, cast(:team as uuid), :owner, :status, :health,
                    :progress, :progress, :visibility, :at, :at)
                """)
                .setParameter("id", id)
                .setParameter("org", orgId)
                .setParameter("period", periodId)
                .setParameter("parent", parentId == null ? null : parentId.toString())
                .setParameter("title", title)
                .setParameter("level", level)
                .setParameter("owner", ownerId)
                .setParameter("team", teamId == null ? null : teamId.toString())
                .setParameter("status", status)
                .setParameter("health", health)
                .setParameter("progress", BigDecimal.valueOf(progress))
                .setParameter("visibility", visibility)
                .setParameter("at", Timestamp.from(createdAt))
                .executeUpdate();
        history(orgId, id, createdAt, 0, health, status);
        return id;
    }

    /** A percent key result (0 of 100) on the objective. */
    @Transactional
    public UUID keyResult(UUID orgId, UUID objectiveId, String title) {
        UUID id = UUID.randomUUID();
        sql("""
                insert into key_results (id, org_id, objective_id, title, kind, start_value, target_value, current_value)
                values (:id, :org, :objective, :title, 'PERCENT', 0, 100, 0)
                """)
                .setParameter("id", id)
                .setParameter("org", orgId)
                .setParameter("objective", objectiveId)
                .setParameter("title", title)
                .executeUpdate();
        return id;
    }

    /** Deletes an objective with everything hanging off it (check-ins, history, key results). */
    @Transactional
    public void deleteObjective(UUID objectiveId) {
        sql("delete from objectives where id = :id")
                .setParameter("id", objectiveId)
                .executeUpdate();
    }

    /** Aligns an objective under another (or under none), as re-parenting in the cascade does. */
    @Transactional
    public void reparent(UUID objectiveId, UUID parentId) {
        sql("update objectives set parent_id = cast(:parent as uuid) where id = :id")
                .setParameter("parent", parentId == null ? null : parentId.toString())
                .setParameter("id", objectiveId)
                .executeUpdate();
    }

    /** Moves every check-in on the objective to another time (an import correcting its times). */
    @Transactional
    public void moveCheckIns(UUID objectiveId, Instant at) {
        sql("update check_ins set created_at = :at where objective_id = :id")
                .setParameter("at", Timestamp.from(at))
                .setParameter("id", objectiveId)
                .executeUpdate();
    }

    /** Moves the organization to another IANA time zone (its calendars, reports' days and weeks). */
    @Transactional
    public void orgZone(UUID orgId, String zone) {
        sql("update organizations set time_zone = :zone where id = :id")
                .setParameter("zone", zone)
                .setParameter("id", orgId)
                .executeUpdate();
    }

    @Transactional
    public void history(UUID orgId, UUID objectiveId, Instant at, double progress, String health, String status) {
        sql("""
                insert into objective_history (org_id, objective_id, recorded_at, progress, health, status, weight)
                values (:org, :id, :at, :progress, :health, :status, 1)
                """)
                .setParameter("org", orgId)
                .setParameter("id", objectiveId)
                .setParameter("at", Timestamp.from(at))
                .setParameter("progress", BigDecimal.valueOf(progress))
                .setParameter("health", health)
                .setParameter("status", status)
                .executeUpdate();
    }

    @Transactional
    public void checkIn(UUID orgId, UUID objectiveId, UUID authorId, Instant at, double progress) {
        sql("""
                insert into check_ins (id, org_id, objective_id, author_id, progress, objective_progress, health,
                    created_at) values (:id, :org, :objective, :author, :progress, :progress, 'ON_TRACK', :at)
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("org", orgId)
                .setParameter("objective", objectiveId)
                .setParameter("author", authorId)
                .setParameter("progress", BigDecimal.valueOf(progress))
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
        sql("update objectives set last_check_in_at = greatest(last_check_in_at, :at) where id = :id")
                .setParameter("at", Timestamp.from(at))
                .setParameter("id", objectiveId)
                .executeUpdate();
    }

    @Transactional
    public UUID session(UUID orgId, UUID organizerId, UUID attendeeId, Instant startsAt, String status) {
        UUID id = UUID.randomUUID();
        sql("""
                insert into sessions (id, org_id, series_id, kind, organizer_id, attendee_id, starts_at,
                    duration_minutes, status, series_starts_at, completed_at)
                values (:id, :org, :id, 'ONE_TO_ONE', :organizer, :attendee, :at, 30, :status, :at,
                    case when :status = 'COMPLETED' then cast(:at as timestamptz) end)
                """)
                .setParameter("id", id)
                .setParameter("org", orgId)
                .setParameter("organizer", organizerId)
                .setParameter("attendee", attendeeId)
                .setParameter("at", Timestamp.from(startsAt))
                .setParameter("status", status)
                .executeUpdate();
        return id;
    }

    @Transactional
    public UUID feedback(UUID orgId, UUID giverId, UUID recipientId, String visibility, String body, Instant at) {
        UUID id = UUID.randomUUID();
        sql("""
                insert into feedback (id, org_id, giver_id, recipient_id, body, visibility, created_at, updated_at)
                values (:id, :org, :giver, :recipient, :body, :visibility, :at, :at)
                """)
                .setParameter("id", id)
                .setParameter("org", orgId)
                .setParameter("giver", giverId)
                .setParameter("recipient", recipientId)
                .setParameter("body", body)
                .setParameter("visibility", visibility)
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
        return id;
    }

    /** A closed cycle with one review of `revieweeId` in `state`, rated `rating`. */
    @Transactional
    public UUID review(
            UUID orgId,
            UUID periodId,
            UUID revieweeId,
            UUID managerId,
            UUID teamId,
            String cycleName,
            String state,
            Double rating,
            Instant sharedAt) {
        UUID template = UUID.randomUUID();
        sql("insert into review_templates (id, org_id, name, scale, sections) values (:id, :org, 'T', '[]', '[]')")
                .setParameter("id", template)
                .setParameter("org", orgId)
                .executeUpdate();
        UUID cycle = UUID.randomUUID();
        sql("""
                insert into review_cycles (id, org_id, name, kind, template_id, period_id, participant_scope,
                    self_review_due, manager_review_due, sign_off_due, state, launched_at, closed_at)
                values (:id, :org, :name, 'APPRAISAL', :template, :period, 'EVERYONE', :at, :at, :at, 'CLOSED', :at, :at)
                """)
                .setParameter("id", cycle)
                .setParameter("org", orgId)
                .setParameter("name", cycleName)
                .setParameter("template", template)
                .setParameter("period", periodId)
                .setParameter("at", Timestamp.from(sharedAt))
                .executeUpdate();
        UUID review = UUID.randomUUID();
        sql("""
                insert into reviews (id, org_id, cycle_id, reviewee_id, manager_id, team_id, state, overall_rating,
                    shared_at, created_at, updated_at)
                values (:id, :org, :cycle, :reviewee, cast(:manager as uuid), cast(:team as uuid), :state,
                    cast(:rating as numeric), :at, :at, :at)
                """)
                .setParameter("id", review)
                .setParameter("org", orgId)
                .setParameter("cycle", cycle)
                .setParameter("reviewee", revieweeId)
                .setParameter("manager", managerId == null ? null : managerId.toString())
                .setParameter("team", teamId == null ? null : teamId.toString())
                .setParameter("state", state)
                .setParameter("rating", rating == null ? null : rating.toString())
                .setParameter("at", Timestamp.from(sharedAt))
                .executeUpdate();
        return review;
    }

    @Transactional
    public UUID period(UUID orgId, String name, java.time.LocalDate start, java.time.LocalDate end) {
        UUID id = UUID.randomUUID();
        sql("insert into periods (id, org_id, name, start_date, end_date) values (:id, :org, :name, :start, :end)")
                .setParameter("id", id)
                .setParameter("org", orgId)
                .setParameter("name", name)
                .setParameter("start", start)
                .setParameter("end", end)
                .executeUpdate();
        return id;
    }

    private static jakarta.persistence.Query sql(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql);
    }
}
