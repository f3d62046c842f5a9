package app.cairn.sessions;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One occurrence of a 1:1 (or check-in, appraisal meeting) between two people. */
@Entity
@Table(name = "sessions")
public class Session extends TenantEntity {

    /** Occurrences of one recurring session share it; a one-off session is its own series. */
    @Column(name = "series_id", nullable = false, updatable = false)
    public UUID seriesId;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    public String title;

    /** Who scheduled it; one of the two participants. */
    @Column(name = "organizer_id")
    public UUID organizerId;

    /** The other participant. */
    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    public Recurrence recurrence = Recurrence.NONE;

    /** When the series' first occurrence started: recurrences are counted from it (see {@link Recurrence}). */
    @Column(name = "series_starts_at", nullable = false, updatable = false)
    public Instant seriesStartsAt;

    /** This occurrence's number in its series, from 0; a reschedule keeps it. */
    @Column(updatable = false)
    public int occurrence;

    @Enumerated(EnumType.STRING)
    public SessionStatus status = SessionStatus.SCHEDULED;

    /** Created by the system at the pair's interval; not yet confirmed by a reschedule. */
    public boolean tentative;

    /** The series was cancelled: no further occurrences are created. */
    @Column(name = "series_ended")
    public boolean seriesEnded;

    /** The occurrence this one follows (whose open items it carried over). */
    @Column(name = "previous_id")
    public UUID previousId;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public UUID completedBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public UUID cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    public boolean hasParticipant(UUID personId) {
        return organizerId.equals(personId) || attendeeId.equals(personId);
    }

    public UUID otherThan(UUID personId) {
        return organizerId.equals(personId) ? attendeeId : organizerId;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    /** A new session starts its own series unless it was given one. */
    @Override
    public void stampCreated(Instant now) {
        super.stampCreated(now);
        if (seriesStartsAt == null) {
            seriesStartsAt = startsAt;
        }
    }
}
