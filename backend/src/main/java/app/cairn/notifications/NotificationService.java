package app.cairn.notifications;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.SqlValues;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.Ref;
import app.cairn.notifications.dto.NotificationResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The caller's own notifications: read, count, mark read. Nobody reads or marks another's (404). */
@ApplicationScoped
public class NotificationService {

    private final EntityManager em;
    private final CurrentUser currentUser;
    private final LiveEvents live;
    private final Clock clock;

    public NotificationService(EntityManager em, CurrentUser currentUser, LiveEvents live, Clock clock) {
        this.em = em;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    public PageResponse<NotificationResponse> list(boolean unreadOnly, PageQuery page) {
        String where = " from notifications n where n.recipient_id = :me and n.in_app"
                + (unreadOnly ? " and n.read_at is null" : "");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select n.id, n.kind, n.title, n.link, n.subject_id, n.actor_id, p.name, n.created_at,"
                                + " n.read_at"
                                + where.replace(" where", " left join people p on p.id = n.actor_id where")
                                + " order by n.created_at desc, n.id limit :limit offset :offset")
                .setParameter("me", currentUser.id())
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*)" + where)
                        .setParameter("me", currentUser.id())
                        .getSingleResult())
                .longValue();
        List<NotificationResponse> items = rows.stream()
                .map(r -> new NotificationResponse(
                        (UUID) r[0],
                        NotificationKind.valueOf((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        (UUID) r[4],
                        r[5] == null ? null : new Ref((UUID) r[5], (String) r[6]),
                        SqlValues.instant(r[7]),
                        SqlValues.instant(r[8])))
                .toList();
        return new PageResponse<>(items, page.page, page.size, total);
    }

    public long unreadCount() {
        return unreadCount(currentUser.id());
    }

    long unreadCount(UUID personId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from notifications where recipient_id = :me and in_app and read_at is null")
                        .setParameter("me", personId)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public void markRead(UUID id) {
        int found = ((Number) em.createNativeQuery(
                                "select count(*) from notifications where id = :id and recipient_id = :me and in_app")
                        .setParameter("id", id)
                        .setParameter("me", currentUser.id())
                        .getSingleResult())
                .intValue();
        if (found == 0) {
            throw ApiException.notFound("The notification");
        }
        em.createNativeQuery("update notifications set read_at = :now where id = :id and read_at is null")
                .setParameter("now", now())
                .setParameter("id", id)
                .executeUpdate();
        live.unreadChanged(currentUser.orgId(), currentUser.id());
    }

    @Transactional
    public int markAllRead() {
        int marked = em.createNativeQuery(
                        "update notifications set read_at = :now where recipient_id = :me and read_at is null")
                .setParameter("now", now())
                .setParameter("me", currentUser.id())
                .executeUpdate();
        live.unreadChanged(currentUser.orgId(), currentUser.id());
        return marked;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
