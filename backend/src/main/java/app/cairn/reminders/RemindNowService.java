package app.cairn.reminders;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.notifications.NotificationDraft;
import app.cairn.notifications.NotificationKind;
import app.cairn.notifications.NotificationWriter;
import app.cairn.reminders.dto.RemindNowResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * "Remind now" on a review cycle's progress: admins remind everyone whose part of an active cycle is
 * still open (self reviews, manager reviews). Rate-limited: a person is reminded of one part at most
 * once an hour, however often the button is pressed.
 */
@ApplicationScoped
public class RemindNowService {

    private static final String LATE = """
            select r.reviewee_id, r.id, 'SELF', 'Reminder from ' || :admin || ': write your self review for ' || c.name
              from reviews r join review_cycles c on c.id = r.cycle_id
             where c.id = :cycle and r.state = 'SELF_REVIEW'
               and not exists (select 1 from review_responses a where a.review_id = r.id and a.role = 'SELF'
                                 and a.submitted_at is not null)
            union all
            select r.manager_id, r.id, 'MANAGER',
                   'Reminder from ' || :admin || ': write your review of ' || p.name || ' for ' || c.name
              from reviews r join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
             where c.id = :cycle and r.manager_id is not null and r.manager_submitted_at is null
               and r.state in ('SELF_REVIEW', 'MANAGER_REVIEW')
            """;

    private final EntityManager em;
    private final CurrentUser currentUser;
    private final NotificationWriter writer;
    private final Clock clock;

    public RemindNowService(EntityManager em, CurrentUser currentUser, NotificationWriter writer, Clock clock) {
        this.em = em;
        this.currentUser = currentUser;
        this.writer = writer;
        this.clock = clock;
    }

    @Transactional
    public RemindNowResponse remind(UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<Object> state = em.createNativeQuery("select state from review_cycles where id = :id and org_id = :org")
                .setParameter("id", cycleId)
                .setParameter("org", currentUser.orgId())
                .getResultList();
        if (state.isEmpty()) {
            throw ApiException.notFound("The review cycle");
        }
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins remind the people of a cycle.");
        }
        if (!"ACTIVE".equals(state.get(0))) {
            throw ApiException.conflict("Only an active cycle has people to remind.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> late = em.createNativeQuery(LATE)
                .setParameter("cycle", cycleId)
                .setParameter("admin", currentUser.person().name)
                .getResultList();
        String hour = clock.instant().truncatedTo(ChronoUnit.HOURS).toString();
        int reminded = 0;
        for (Object[] row : late) {
            UUID reviewId = (UUID) row[1];
            String key = "remind-now:" + reviewId + ":" + row[2] + ":" + hour;
            reminded += writer.write(
                    currentUser.orgId(),
                    key,
                    List.of(new NotificationDraft(
                            (UUID) row[0],
                            NotificationKind.REMINDER,
                            (String) row[3],
                            "/reviews/" + reviewId,
                            reviewId,
                            currentUser.id())));
        }
        return new RemindNowResponse(reminded, late.size() - reminded);
    }
}
