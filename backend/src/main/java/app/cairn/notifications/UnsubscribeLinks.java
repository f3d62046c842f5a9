package app.cairn.notifications;

import app.cairn.common.config.CairnConfig;
import app.cairn.common.security.SecretTokens;
import app.cairn.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The single-use unsubscribe links of the mails: one kind each, working without signing in (hash stored). */
@ApplicationScoped
public class UnsubscribeLinks {

    private final EntityManager em;
    private final CairnConfig config;
    private final Clock clock;

    public UnsubscribeLinks(EntityManager em, CairnConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /** A fresh link that turns the person's e-mail off for `kind`. */
    public String link(Person person, NotificationKind kind) {
        String token = SecretTokens.generate();
        em.createNativeQuery("insert into unsubscribe_tokens (token_hash, org_id, person_id, kind, created_at)"
                        + " values (:hash, :org, :person, :kind, :now)")
                .setParameter("hash", SecretTokens.hash(token))
                .setParameter("org", person.orgId)
                .setParameter("person", person.id)
                .setParameter("kind", kind.name())
                .setParameter("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .executeUpdate();
        return config.publicUrl() + "/unsubscribe#token=" + token;
    }
}
