package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.common.outbox.DomainEvents;
import app.cairn.common.outbox.EventTypes;
import app.cairn.common.persistence.Versions;
import app.cairn.common.web.Ref;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.reviews.dto.NominationsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Peer nominations of a 360: the reviewee names between the cycle's min and max peers before the
 * nominations deadline; the manager may change the list and approves it (until the peer answers are
 * due); approved peers then answer. The list never says who has answered.
 */
@ApplicationScoped
public class NominationService {

    private final ReviewLoader loader;
    private final ReviewAccess access;
    private final ReviewNominationRepository nominations;
    private final PersonRepository people;
    private final Clock clock;
    private final DomainEvents events;

    public NominationService(
            ReviewLoader loader,
            ReviewAccess access,
            ReviewNominationRepository nominations,
            PersonRepository people,
            Clock clock,
            DomainEvents events) {
        this.loader = loader;
        this.access = access;
        this.nominations = nominations;
        this.people = people;
        this.clock = clock;
        this.events = events;
    }

    public NominationsResponse get(UUID reviewId) {
        ReviewContext context = loader.visible(reviewId);
        if (!access.isInsider(context.review())) {
            throw ApiException.forbidden("Peers do not see who else was nominated.");
        }
        return toResponse(context);
    }

    @Transactional
    public NominationsResponse nominate(UUID reviewId, List<UUID> peerIds, Integer version) {
        ReviewContext context = loader.forUpdate(reviewId);
        Review review = context.review();
        boolean reviewee = access.isReviewee(review);
        boolean manager = access.isManager(review);
        if (!reviewee && !manager) {
            throw ApiException.forbidden("Only the reviewee and their manager choose the peers.");
        }
        Versions.check(version, review.version, "This review");
        requireOpen(context, reviewee && !manager);
        if (peerIds == null) {
            throw ApiException.invalid("peerIds", "is required");
        }
        replace(context, peerIds);
        review.nominationsState = NominationsState.SUBMITTED;
        touch(review);
        return toResponse(context);
    }

    @Transactional
    public NominationsResponse approve(UUID reviewId, List<UUID> peerIds, Integer version) {
        ReviewContext context = loader.forUpdate(reviewId);
        Review review = context.review();
        if (!access.isManager(review)) {
            throw ApiException.forbidden("Only the reviewee's manager approves the peers.");
        }
        Versions.check(version, review.version, "This review");
        requireOpen(context, false);
        if (peerIds != null) {
            replace(context, peerIds);
        } else if (review.nominationsState == NominationsState.OPEN) {
            throw ApiException.conflict("No peers were nominated yet: name them in peerIds.");
        }
        review.nominationsState = NominationsState.APPROVED;
        touch(review);
        events.publish(EventTypes.REVIEW_PEERS_APPROVED, review.orgId, review.id, access.me());
        return toResponse(context);
    }

    private void requireOpen(ReviewContext context, boolean asReviewee) {
        ReviewCycle cycle = context.cycle();
        if (!cycle.isPeerCycle()) {
            throw ApiException.conflict("This is an appraisal: it has no peers.");
        }
        if (cycle.state != CycleState.ACTIVE) {
            throw ApiException.conflict("This cycle is closed.");
        }
        if (context.review().nominationsState == NominationsState.APPROVED) {
            throw ApiException.conflict("The peers were approved already.");
        }
        Instant now = clock.instant();
        Instant due = asReviewee ? cycle.nominationsDue : cycle.peerAnswersDue;
        if (due != null && now.isAfter(due)) {
            throw ApiException.conflict("The deadline for choosing peers has passed (" + due + ").");
        }
    }

    private void replace(ReviewContext context, List<UUID> requested) {
        Review review = context.review();
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(requested));
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Person> found = ids.isEmpty()
                ? Map.of()
                : people.list("orgId = ?1 and active = true and id in ?2", review.orgId, ids).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String field = "peerIds[" + i + "]";
            if (id.equals(review.revieweeId)) {
                errors.add(new FieldError(field, "is the reviewee: nominate someone else"));
            } else if (!found.containsKey(id)) {
                errors.add(new FieldError(field, "is not an active person of this organization"));
            } else if (id.equals(review.managerId)) {
                errors.add(new FieldError(field, "is the reviewee's manager, who writes the manager review"));
            }
        }
        int min = context.cycle().minPeers;
        int max = context.cycle().maxPeers;
        if (ids.size() > max) {
            errors.add(new FieldError("peerIds", "name at most " + max + " peers"));
        } else if (ids.size() < min) {
            errors.add(new FieldError("peerIds", "name at least " + min + " peers"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        nominations.delete("reviewId", review.id);
        nominations.flush();
        Instant now = clock.instant();
        for (UUID id : ids) {
            ReviewNomination nomination = new ReviewNomination();
            nomination.orgId = review.orgId;
            nomination.reviewId = review.id;
            nomination.peerId = id;
            nomination.nominatedBy = access.me();
            nomination.createdAt = now;
            nominations.persist(nomination);
        }
    }

    private void touch(Review review) {
        review.updatedAt = clock.instant();
        nominations.flush();
    }

    private NominationsResponse toResponse(ReviewContext context) {
        Review review = context.review();
        List<Ref> peers = nominations
                .getEntityManager()
                .createQuery(
                        "select p.id, p.name from ReviewNomination n join Person p on p.id = n.peerId"
                                + " where n.reviewId = :r order by p.name, p.id",
                        Object[].class)
                .setParameter("r", review.id)
                .getResultList()
                .stream()
                .map(row -> new Ref((UUID) row[0], (String) row[1]))
                .toList();
        return new NominationsResponse(
                review.id,
                review.nominationsState,
                context.cycle().minPeers,
                context.cycle().maxPeers,
                context.cycle().nominationsDue,
                peers,
                review.version);
    }
}
