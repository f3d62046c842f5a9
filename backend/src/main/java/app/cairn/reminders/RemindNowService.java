package app.cairn.reminders;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.Ref;
import app.cairn.notifications.NotificationDraft;
import app.cairn.notifications.NotificationKind;
import app.cairn.notifications.NotificationWriter;
import app.cairn.reminders.dto.RemindNowResponse;
import app.cairn.reminders.dto.RemindPreview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Remind now" on a review cycle's progress: admins remind everyone whose part of an active cycle is
 * still open (self reviews, manager reviews). Rate-limited: a person is reminded of one part at most
 * once an hour, however often the button is pressed.
 */
@ApplicationScoped
public class RemindNowService {

    /** Rows: person to remind, review, part (SELF, MANAGER), cycle name, reviewee name, person name. */
    private static final String LATE = """
            select x.* from (
            select r.reviewee_id, r.id, 'SELF', c.name, p.name as reviewee, p.name as person
              from reviews r join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
             where c.id = :cycle and r.state = 'SELF_REVIEW' and p.active
               and not exists (select 1 from review_responses a where a.review_id = r.id and a.role = 'SELF'
                                 and a.submitted_at is not null)
            union all
            select r.manager_id, r.id, 'MANAGER', c.name, p.name, m.name
              from reviews r join review_cycles c on c.id = r.cycle_id join people p on p.id = r.reviewee_id
              join people m on m.id = r.manager_id
             where c.id = :cycle and r.manager_submitted_at is null and m.active
               and r.state in ('SELF_REVIEW', 'MANAGER_REVIEW')
            ) x order by 6, 5
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

    /** Who {@link #remind} would remind now (those reminded within the hour included), each once. */
    public RemindPreview preview(UUID cycleId) {
        Map<UUID, RemindPreview.LatePerson> byPerson = new LinkedHashMap<>();
        for (Object[] row : late(cycleId)) {
            UUID person = (UUID) row[0];
            String part = "SELF".equals(row[2]) ? "self review" : "review of " + row[4];
            byPerson.computeIfAbsent(
                            person, id -> new RemindPreview.LatePerson(new Ref(id, (String) row[5]), new ArrayList<>()))
                    .parts()
                    .add(part);
        }
        return new RemindPreview(List.copyOf(byPerson.values()));
    }

    @Transactional
    public RemindNowResponse remind(UUID cycleId) {
        List<Object[]> late = late(cycleId);
        String admin = currentUser.person().name;
        String hour = clock.instant().truncatedTo(ChronoUnit.HOURS).toString();
        int reminded = 0;
        for (Object[] row : late) {
            UUID reviewId = (UUID) row[1];
            String key = "remind-now:" + reviewId + ":" + row[2] + ":" + hour;
            String title = "SELF".equals(row[2])
                    ? "Reminder from " + admin + ": write your self review for " + row[3]
                    : "Reminder from " + admin + ": write your review of " + row[4] + " for " + row[3];
            reminded += writer.write(
                    currentUser.orgId(),
                    key,
                    List.of(new NotificationDraft(
                            (UUID) row[0],
                            NotificationKind.REMINDER,
                            title,
                            "/reviews/" + reviewId,
                            reviewId,
                            currentUser.id())));
        }
        return new RemindNowResponse(reminded, late.size() - reminded);
    }

    /** The open parts of an active cycle of the caller's organization (admins only). */
    private List<Object[]> late(UUID cycleId) {
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
        List<Object[]> rows =
                em.createNativeQuery(LATE).setParameter("cycle", cycleId).getResultList();
        return rows;
    }
}
