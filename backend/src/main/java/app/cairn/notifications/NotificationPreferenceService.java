package app.cairn.notifications;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.SecretTokens;
import app.cairn.notifications.dto.NotificationPreference;
import app.cairn.notifications.dto.UnsubscribeResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Per-person choices per notification kind (in-app, e-mail), and the unsubscribe links of the mails. */
@ApplicationScoped
public class NotificationPreferenceService {

    private static final String INVALID_LINK = "is not a valid unsubscribe link, or it was used already";

    private final EntityManager em;
    private final CurrentUser currentUser;
    private final Clock clock;

    public NotificationPreferenceService(EntityManager em, CurrentUser currentUser, Clock clock) {
        this.em = em;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every kind, with the caller's choice or the default. */
    public List<NotificationPreference> mine() {
        return of(currentUser.id());
    }

    List<NotificationPreference> of(UUID personId) {
        Map<NotificationKind, NotificationPreference> byKind = new EnumMap<>(NotificationKind.class);
        Arrays.stream(NotificationKind.values())
                .forEach(k -> byKind.put(k, new NotificationPreference(k, true, k.defaultEmail())));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select kind, in_app, email from notification_preferences where person_id = :me")
                .setParameter("me", personId)
                .getResultList();
        for (Object[] row : rows) {
            NotificationKind kind = NotificationKind.valueOf((String) row[0]);
            byKind.put(kind, new NotificationPreference(kind, (Boolean) row[1], EmailChoice.valueOf((String) row[2])));
        }
        return List.copyOf(byKind.values());
    }

    @Transactional
    public List<NotificationPreference> update(List<NotificationPreference> preferences) {
        Set<NotificationKind> seen = new HashSet<>();
        for (int i = 0; i < preferences.size(); i++) {
            if (!seen.add(preferences.get(i).kind())) {
                throw ApiException.invalid("preferences[" + i + "].kind", "names a kind twice");
            }
        }
        for (NotificationPreference p : preferences) {
            save(currentUser.orgId(), currentUser.id(), p.kind(), p.inApp(), p.email());
        }
        return mine();
    }

    /** Turns e-mail off for the link's kind; works once, without signing in. */
    @Transactional
    public UnsubscribeResponse unsubscribe(String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update unsubscribe_tokens set used_at = :now"
                        + " where token_hash = :hash and used_at is null returning org_id, person_id, kind")
                .setParameter("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .setParameter("hash", SecretTokens.hash(token.trim()))
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.invalid("token", INVALID_LINK);
        }
        Object[] row = rows.get(0);
        UUID personId = (UUID) row[1];
        NotificationKind kind = NotificationKind.valueOf((String) row[2]);
        boolean inApp = of(personId).stream()
                .filter(p -> p.kind() == kind)
                .findFirst()
                .map(NotificationPreference::inApp)
                .orElse(true);
        save((UUID) row[0], personId, kind, inApp, EmailChoice.OFF);
        return new UnsubscribeResponse(kind);
    }

    private void save(UUID orgId, UUID personId, NotificationKind kind, boolean inApp, EmailChoice email) {
        em.createNativeQuery(
                        "insert into notification_preferences (person_id, org_id, kind, in_app, email)"
                                + " values (:person, :org, :kind, :inApp, :email)"
                                + " on conflict (person_id, kind) do update set in_app = excluded.in_app, email = excluded.email")
                .setParameter("person", personId)
                .setParameter("org", orgId)
                .setParameter("kind", kind.name())
                .setParameter("inApp", inApp)
                .setParameter("email", email.name())
                .executeUpdate();
    }
}
