package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveRepository;
import app.cairn.objectives.ObjectiveStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

/** Loads a review the caller may see (else one 404), with its cycle and template. */
@ApplicationScoped
public class ReviewLoader {

    private final ReviewRepository reviews;
    private final ReviewCycleRepository cycles;
    private final ReviewTemplateRepository templates;
    private final ObjectiveRepository objectives;
    private final ReviewAccess access;
    private final ReviewJson json;

    public ReviewLoader(
            ReviewRepository reviews,
            ReviewCycleRepository cycles,
            ReviewTemplateRepository templates,
            ObjectiveRepository objectives,
            ReviewAccess access,
            ReviewJson json) {
        this.reviews = reviews;
        this.cycles = cycles;
        this.templates = templates;
        this.objectives = objectives;
        this.access = access;
        this.json = json;
    }

    public ReviewContext visible(UUID id) {
        Review review = reviews.find("orgId = ?1 and id = ?2", access.orgId(), id)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("The review"));
        access.requireVisible(review);
        return context(review);
    }

    /** As {@link #visible}, with the review row locked so that writes on one review queue up. */
    public ReviewContext forUpdate(UUID id) {
        ReviewContext context = visible(id);
        reviews.getEntityManager().lock(context.review(), LockModeType.PESSIMISTIC_WRITE);
        reviews.getEntityManager().refresh(context.review());
        return context;
    }

    public ReviewContext context(Review review) {
        ReviewCycle cycle = cycles.findById(review.cycleId);
        ReviewTemplate template = templates.findById(cycle.templateId);
        return new ReviewContext(review, cycle, template, json.scale(template.scale), json.sections(template.sections));
    }

    /** The reviewee's objectives in the cycle's period that were agreed (not drafts, not archived). */
    public List<Objective> objectivesOf(ReviewContext context) {
        return objectives.list(
                "orgId = ?1 and ownerId = ?2 and periodId = ?3 and status in ?4 order by title, id",
                context.review().orgId,
                context.review().revieweeId,
                context.cycle().periodId,
                List.of(ObjectiveStatus.ACTIVE, ObjectiveStatus.COMPLETED, ObjectiveStatus.CANCELLED));
    }
}
