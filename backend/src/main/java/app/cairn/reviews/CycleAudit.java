package app.cairn.reviews;

import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log keeps of a review cycle's settings and state: the fields an admin changed. */
@ApplicationScoped
class CycleAudit {

    private final AuditLog audit;

    CycleAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** The cycle's audited fields now, to compare with after a change. */
    static Map<String, Object> snapshot(ReviewCycle cycle) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", cycle.name);
        fields.put("kind", cycle.kind);
        fields.put("appraisalType", cycle.appraisalType);
        fields.put("templateId", cycle.templateId);
        fields.put("periodId", cycle.periodId);
        fields.put("participantScope", cycle.participantScope);
        fields.put("participantTeamId", cycle.participantTeamId);
        fields.put("participantIds", cycle.participantIds);
        fields.put("selfReviewDue", cycle.selfReviewDue);
        fields.put("nominationsDue", cycle.nominationsDue);
        fields.put("peerAnswersDue", cycle.peerAnswersDue);
        fields.put("managerReviewDue", cycle.managerReviewDue);
        fields.put("signOffDue", cycle.signOffDue);
        fields.put("minPeers", cycle.minPeers);
        fields.put("maxPeers", cycle.maxPeers);
        fields.put("calibration", cycle.calibration);
        fields.put("skipLevelSignOff", cycle.skipLevelSignOff);
        fields.put("peerSummaryRelease", cycle.peerSummaryRelease);
        fields.put("state", cycle.state);
        return fields;
    }

    /** Records `review_cycle.<verb>` with the fields that differ from `before` (null: it is new; deleted: after null). */
    void record(String verb, ReviewCycle cycle, Map<String, Object> before, boolean deleted) {
        audit.record(
                "review_cycle." + verb,
                "review-cycles",
                cycle.id,
                cycle.name,
                Changes.between(before, deleted ? null : snapshot(cycle)));
    }
}
