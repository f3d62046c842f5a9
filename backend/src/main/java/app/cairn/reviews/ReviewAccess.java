package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who the caller is to a review, as DESIGN.md's table says: the reviewee; the manager (the reporting
 * line at launch; admins stand in when the reviewee had none); the skip level (anyone above the
 * manager); an approved peer; an admin. Anyone else gets a 404, as for another organization.
 */
@RequestScoped
public class ReviewAccess {

    private final CurrentUser currentUser;
    private final PersonRepository people;
    private final ReviewNominationRepository nominations;
    private final Map<UUID, Boolean> aboveCache = new HashMap<>();
    private final Map<UUID, Boolean> peerCache = new HashMap<>();

    public ReviewAccess(CurrentUser currentUser, PersonRepository people, ReviewNominationRepository nominations) {
        this.currentUser = currentUser;
        this.people = people;
        this.nominations = nominations;
    }

    public UUID me() {
        return currentUser.id();
    }

    public UUID orgId() {
        return currentUser.orgId();
    }

    public app.cairn.people.Person caller() {
        return currentUser.person();
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    public boolean isManagerOfAnyone() {
        return people.countActiveReports(me()) > 0;
    }

    public boolean isReviewee(Review r) {
        return me().equals(r.revieweeId);
    }

    public boolean isManager(Review r) {
        return r.managerId == null ? isAdmin() && !isReviewee(r) : me().equals(r.managerId);
    }

    /** Above the review's manager in the reporting line (the manager's manager and up). */
    public boolean isSkipLevel(Review r) {
        if (r.managerId == null || me().equals(r.managerId) || isReviewee(r)) {
            return false;
        }
        return aboveCache.computeIfAbsent(
                r.managerId, managerId -> people.isInManagementChainOf(orgId(), managerId, me()));
    }

    /** Nominated and approved to answer the peer questions. */
    public boolean isPeer(Review r) {
        return r.nominationsState == NominationsState.APPROVED
                && peerCache.computeIfAbsent(
                        r.id, id -> nominations.count("reviewId = ?1 and peerId = ?2", id, me()) > 0);
    }

    /** Learns in one query on which of these reviews the caller is nominated, for a list's rows. */
    public void preloadPeers(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return;
        }
        reviewIds.forEach(id -> peerCache.put(id, false));
        nominations
                .getEntityManager()
                .createQuery(
                        "select n.reviewId from ReviewNomination n where n.reviewId in :ids and n.peerId = :me",
                        UUID.class)
                .setParameter("ids", reviewIds)
                .setParameter("me", me())
                .getResultList()
                .forEach(id -> peerCache.put(id, true));
    }

    /** May read the review's own parts (not only the peer questions): reviewee, managers, admins. */
    public boolean isInsider(Review r) {
        return isAdmin() || isReviewee(r) || isManager(r) || isSkipLevel(r);
    }

    public boolean canSee(Review r) {
        return isInsider(r) || isPeer(r);
    }

    /** Calibrators: admins, and managers above the review's manager. */
    public boolean canCalibrate(Review r) {
        return !isReviewee(r) && (isAdmin() || isSkipLevel(r));
    }

    public void requireVisible(Review r) {
        if (r == null || !r.orgId.equals(orgId()) || !canSee(r)) {
            throw ApiException.notFound("The review");
        }
    }
}
