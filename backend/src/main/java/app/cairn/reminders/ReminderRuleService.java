package app.cairn.reminders;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.reminders.dto.ReminderRuleRequest;
import app.cairn.reminders.dto.ReminderRuleResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Admins shape their organization's reminder rules; every organization starts with the defaults. */
@ApplicationScoped
public class ReminderRuleService {

    /** trigger, offset, audience: the defaults seeded for every organization (quiet 21:00–07:00). */
    static final String DEFAULTS = """
            insert into reminder_rules (id, org_id, trigger, offset_value, audience, channel, quiet_start, quiet_end,
                                        enabled, created_at, updated_at)
            select gen_random_uuid(), o.id, d.trigger, d.offset_value, d.audience, 'BOTH', time '21:00', time '07:00',
                   true, now(), now()
              from organizations o
             cross join (values ('REVIEW_DUE', 2, 'SUBJECT'), ('SELF_REVIEW_NOT_STARTED', 3, 'SUBJECT'),
                                ('CHECK_IN_MISSING', 14, 'SUBJECT'), ('ONE_TO_ONE_UPCOMING', 24, 'SUBJECT'),
                                ('ONE_TO_ONE_OVERDUE', 0, 'SUBJECT'), ('ACTION_ITEM_DUE', 1, 'SUBJECT'),
                                ('DRAFT_WAITING', 3, 'SUBJECT'), ('NOMINATION_NOT_APPROVED', 2, 'SUBJECT'),
                                ('FEEDBACK_REQUEST_DUE', 1, 'SUBJECT'))
                   as d(trigger, offset_value, audience)
             where not exists (select 1 from reminder_rules r where r.org_id = o.id)
            """;

    private final ReminderRuleRepository rules;
    private final CurrentUser currentUser;
    private final EntityManager em;

    public ReminderRuleService(ReminderRuleRepository rules, CurrentUser currentUser, EntityManager em) {
        this.rules = rules;
        this.currentUser = currentUser;
        this.em = em;
    }

    /** Gives every organization without rules the default ones (idempotent). */
    @Transactional
    public void seedMissingDefaults() {
        em.createNativeQuery("lock table reminder_rules in share row exclusive mode")
                .executeUpdate();
        em.createNativeQuery(DEFAULTS).executeUpdate();
    }

    @Transactional
    public List<ReminderRuleResponse> list() {
        requireAdmin();
        if (rules.count("orgId", currentUser.orgId()) == 0) {
            seedMissingDefaults();
        }
        return rules.list("orgId = ?1 order by trigger, offset", currentUser.orgId()).stream()
                .map(ReminderRuleService::toResponse)
                .toList();
    }

    @Transactional
    public ReminderRuleResponse create(ReminderRuleRequest request) {
        requireAdmin();
        ReminderRule rule = new ReminderRule();
        rule.orgId = currentUser.orgId();
        apply(rule, request);
        rules.persist(rule);
        rules.flush();
        return toResponse(rule);
    }

    @Transactional
    public ReminderRuleResponse update(UUID id, ReminderRuleRequest request) {
        requireAdmin();
        ReminderRule rule = find(id);
        Versions.check(request.version(), rule.version, "This rule");
        apply(rule, request);
        rules.flush();
        return toResponse(rule);
    }

    @Transactional
    public void delete(UUID id) {
        requireAdmin();
        rules.delete(find(id));
    }

    private ReminderRule find(UUID id) {
        return rules.find("orgId = ?1 and id = ?2", currentUser.orgId(), id)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("The reminder rule"));
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins shape reminder rules.");
        }
    }

    private static void apply(ReminderRule rule, ReminderRuleRequest request) {
        rule.trigger = request.trigger();
        rule.offset = request.offset();
        rule.audience = request.audience();
        rule.channel = request.channel();
        rule.enabled = request.enabled();
        if (request.quietHours() == null || request.quietHours().isBlank()) {
            rule.quietStart = null;
            rule.quietEnd = null;
        } else {
            String[] parts = request.quietHours().split("-");
            rule.quietStart = LocalTime.parse(parts[0]);
            rule.quietEnd = LocalTime.parse(parts[1]);
        }
    }

    static ReminderRuleResponse toResponse(ReminderRule r) {
        String quiet = r.quietStart == null ? null : r.quietStart + "-" + r.quietEnd;
        return new ReminderRuleResponse(r.id, r.trigger, r.offset, r.audience, r.channel, quiet, r.enabled, r.version);
    }
}
