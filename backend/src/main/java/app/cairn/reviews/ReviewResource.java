package app.cairn.reviews;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.security.TokensRefused;
import app.cairn.common.web.Enums;
import app.cairn.common.web.Ids;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SortFields;
import app.cairn.reviews.dto.AcknowledgeRequest;
import app.cairn.reviews.dto.AnswersRequest;
import app.cairn.reviews.dto.AnswersResponse;
import app.cairn.reviews.dto.Evidence;
import app.cairn.reviews.dto.NominationsRequest;
import app.cairn.reviews.dto.NominationsResponse;
import app.cairn.reviews.dto.PeerSummary;
import app.cairn.reviews.dto.RatingChangeResponse;
import app.cairn.reviews.dto.RatingRequest;
import app.cairn.reviews.dto.ReviewListItem;
import app.cairn.reviews.dto.ReviewResponse;
import app.cairn.reviews.dto.VersionRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Reviews", description = "Reviews: answers per role, peers, sharing, sign-off, anonymous 360 summaries")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.REVIEWS)
public class ReviewResource {

    private final ReviewService reviews;
    private final ReviewListQuery lists;
    private final ReviewAnswerService answers;
    private final NominationService nominations;
    private final PeerSummaryService summaries;
    private final RatingService ratings;
    private final EvidenceService evidence;

    public ReviewResource(
            ReviewService reviews,
            ReviewListQuery lists,
            ReviewAnswerService answers,
            NominationService nominations,
            PeerSummaryService summaries,
            RatingService ratings,
            EvidenceService evidence) {
        this.reviews = reviews;
        this.lists = lists;
        this.answers = answers;
        this.nominations = nominations;
        this.summaries = summaries;
        this.ratings = ratings;
        this.evidence = evidence;
    }

    @GET
    @Path("/reviews")
    @SortFields({"reviewee", "state", "createdAt", "cycle"})
    @Operation(
            operationId = "listReviews",
            description =
                    "Lists reviews by scope: about the caller, the ones they write (as manager, peer or skip level), or all (admins). Each item says the caller's part and where their answers are.",
            summary = "Reviews about me, reviews I write (manager or peer), or all (admin)")
    @APIResponse(responseCode = "200", description = "A page of reviews")
    public PageResponse<ReviewListItem> list(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"mine", "to-write", "all"},
                                            defaultValue = "mine"),
                            description = "mine (default), to-write, or all (admin)")
                    @QueryParam("scope")
                    @DefaultValue("mine")
                    String scope,
            @Parameter(description = "Only this cycle") @QueryParam("cycleId") String cycleId,
            @Parameter(schema = @Schema(implementation = ReviewState.class), description = "Only this state")
                    @QueryParam("state")
                    String state,
            @Valid @BeanParam PageQuery page) {
        ReviewListQuery.Scope parsed = switch (scope.trim().toLowerCase(Locale.ROOT)) {
            case "mine" -> ReviewListQuery.Scope.MINE;
            case "to-write" -> ReviewListQuery.Scope.TO_WRITE;
            case "all" -> ReviewListQuery.Scope.ALL;
            default -> throw ApiException.invalid("scope", "must be mine, to-write or all");
        };
        return lists.list(
                parsed,
                Ids.parseOptional("cycleId", cycleId),
                Enums.parseOptional("state", state, ReviewState.class),
                page);
    }

    @GET
    @Path("/reviews/{id}")
    @Operation(
            operationId = "getReview",
            description =
                    "Reads a review as the caller may see it: hidden parts (ratings before sharing, others' peer answers) are null. Its reviewee, manager, skip level, peers and admins.",
            summary = "Read a review as the caller may see it")
    @APIResponse(responseCode = "200", description = "The review")
    public ReviewResponse get(@PathParam("id") UUID id) {
        return reviews.get(id);
    }

    @GET
    @Path("/reviews/{id}/responses/{role}")
    @TokensRefused("Who rates whom in a review is not available to API tokens.")
    @Operation(
            operationId = "getReviewAnswers",
            description =
                    "Reads one part's answers: SELF, MANAGER, or the caller's own PEER answers. Whoever may see that part (others: 404).",
            summary = "One part's answers: SELF, MANAGER, or the caller's own PEER answers")
    @APIResponse(responseCode = "200", description = "The answers")
    public AnswersResponse getAnswers(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = ReviewRole.class), description = "SELF, MANAGER or PEER")
                    @PathParam("role")
                    String role) {
        return answers.get(id, parseRole(role));
    }

    @PUT
    @Path("/reviews/{id}/responses/{role}")
    @TokensRefused("Who rates whom in a review is not available to API tokens.")
    @Operation(
            operationId = "saveReviewAnswers",
            description =
                    "Saves the caller's answers in one role (SELF, MANAGER or PEER) as a draft. The person writing that part; send the version from the previous save.",
            summary = "Save the caller's answers in a role as a draft")
    @APIResponse(responseCode = "200", description = "The saved draft")
    @APIResponse(responseCode = "409", description = "Stale version, deadline passed, cycle closed or step over")
    public AnswersResponse saveAnswers(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = ReviewRole.class), description = "SELF, MANAGER or PEER")
                    @PathParam("role")
                    String role,
            @Valid @NotNull(message = "a JSON body is required") AnswersRequest request) {
        return answers.save(id, parseRole(role), request);
    }

    @POST
    @Path("/reviews/{id}/responses/{role}/submit")
    @TokensRefused("Who rates whom in a review is not available to API tokens.")
    @Operation(
            operationId = "submitReviewAnswers",
            description =
                    "Submits the saved draft of one part; 400 lists the required answers still missing. The person writing that part; send the version you loaded.",
            summary = "Submit the saved draft; 400 lists the required answers still missing")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "Stale version, deadline passed, cycle closed or step over")
    public AnswersResponse submitAnswers(
            @PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = ReviewRole.class), description = "SELF, MANAGER or PEER")
                    @PathParam("role")
                    String role,
            @Valid @NotNull(message = "a JSON body is required") VersionRequest request) {
        return answers.submit(id, parseRole(role), request.version());
    }

    @GET
    @Path("/reviews/{id}/nominations")
    @TokensRefused("Who rates whom in a review is not available to API tokens.")
    @Operation(
            operationId = "getNominations",
            description =
                    "Reads the peers nominated for a 360 review and whether they are approved. The reviewee, their manager and admins.",
            summary = "The peers nominated for a 360 review")
    @APIResponse(responseCode = "200", description = "The nominations")
    public NominationsResponse getNominations(@PathParam("id") UUID id) {
        return nominations.get(id);
    }

    @PUT
    @Path("/reviews/{id}/nominations")
    @TokensRefused("Who rates whom in a review is not available to API tokens.")
    @Operation(
            operationId = "nominatePeers",
            description =
                    "Replaces the peers nominated for a 360 review. The reviewee, or their manager before approving; send the version you loaded.",
            summary = "Nominate the peers of a 360 review (reviewee, or the manager before approving)")
    @APIResponse(responseCode = "200", description = "The nominations, sent to the manager")
    @APIResponse(responseCode = "409", description = "Stale version, deadline passed, approved already, not a 360")
    public NominationsResponse nominate(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") NominationsRequest request) {
        return nominations.nominate(id, request.peerIds(), request.version());
    }

    @POST
    @Path("/reviews/{id}/nominations/approve")
    @TokensRefused("Who rates whom in a review is not available to API tokens.")
    @Operation(
            operationId = "approveNominations",
            description =
                    "Approves the peers of a 360 review, optionally changing them first; each peer gets a review to write. The reviewee's manager; send the version you loaded.",
            summary = "Approve the peers, optionally changing them first (manager)")
    @APIResponse(responseCode = "200", description = "The approved nominations")
    @APIResponse(responseCode = "409", description = "Stale version, deadline passed, approved already, not a 360")
    public NominationsResponse approveNominations(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") NominationsRequest request) {
        return nominations.approve(id, request.peerIds(), request.version());
    }

    @GET
    @Path("/reviews/{id}/summary")
    @Operation(
            operationId = "getPeerSummary",
            description =
                    "Reads the anonymous 360 summary: aggregates only, released once the anonymity threshold of answers is reached. The reviewee (when released) and their manager.",
            summary = "The anonymous 360 summary: aggregates only, released at the anonymity threshold")
    @APIResponse(responseCode = "200", description = "The summary, or a notice that it is withheld")
    public PeerSummary summary(@PathParam("id") UUID id) {
        return summaries.summary(id);
    }

    @GET
    @Path("/reviews/{id}/evidence")
    @Operation(
            operationId = "getReviewEvidence",
            description =
                    "Lists the reviewee's objectives and check-ins in the cycle's period, as evidence for the review. The reviewee, their manager, skip level and admins (not peers).",
            summary = "The reviewee's objectives and check-ins in the period")
    @APIResponse(responseCode = "200", description = "The evidence")
    public Evidence evidence(@PathParam("id") UUID id) {
        return evidence.evidence(id);
    }

    @POST
    @Path("/reviews/{id}/override")
    @Operation(
            operationId = "overrideRating",
            description =
                    "Overrides a review's calculated rating with a reason kept in its rating changes. The reviewee's manager; send the version you loaded.",
            summary = "Override the calculated rating with a reason (manager)")
    @APIResponse(responseCode = "200", description = "The audited change")
    @APIResponse(responseCode = "409", description = "Stale version, or not between manager submission and sharing")
    public RatingChangeResponse override(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") RatingRequest request) {
        return ratings.override(id, request);
    }

    @POST
    @Path("/reviews/{id}/calibrate")
    @Operation(
            operationId = "calibrateRating",
            description =
                    "Adjusts a review's rating in calibration, with a reason kept in its rating changes. Admins and the reviewee's managers above their manager; send the version you loaded.",
            summary = "Adjust a rating in calibration with a reason (admins; the manager's managers)")
    @APIResponse(responseCode = "200", description = "The audited change")
    @APIResponse(responseCode = "409", description = "Stale version, or not in calibration")
    public RatingChangeResponse calibrate(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") RatingRequest request) {
        return ratings.calibrate(id, request);
    }

    @GET
    @Path("/reviews/{id}/rating-changes")
    @Operation(
            operationId = "listRatingChanges",
            description =
                    "Lists the changes to a review's rating (overrides and calibrations) with who, when and why. Whoever may see the review's rating.",
            summary = "The audit of a review's rating: overrides and calibration")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    public List<RatingChangeResponse> ratingChanges(@PathParam("id") UUID id) {
        return ratings.history(id);
    }

    @POST
    @Path("/reviews/{id}/share")
    @Operation(
            operationId = "shareReview",
            description =
                    "Shares a review with its reviewee, who can then read it and acknowledge it. The reviewee's manager; send the version you loaded.",
            summary = "Share the review with the reviewee")
    @APIResponse(responseCode = "200", description = "The shared review")
    @APIResponse(responseCode = "409", description = "Stale version, or not ready to share")
    public ReviewResponse share(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") VersionRequest request) {
        return reviews.share(id, request.version());
    }

    @POST
    @Path("/reviews/{id}/acknowledge")
    @Operation(
            operationId = "acknowledgeReview",
            description =
                    "Signs off a shared review, optionally with a comment. The reviewee only; send the version you loaded.",
            summary = "Sign off a shared review, optionally with a comment (reviewee)")
    @APIResponse(responseCode = "200", description = "The acknowledged review")
    @APIResponse(responseCode = "409", description = "Stale version, or not shared")
    public ReviewResponse acknowledge(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") AcknowledgeRequest request) {
        return reviews.acknowledge(id, request.comment(), request.version());
    }

    @POST
    @Path("/reviews/{id}/sign-off")
    @Operation(
            operationId = "signOffReview",
            description =
                    "Records the skip-level sign-off of an acknowledged review. The reviewee's manager's manager; send the version you loaded.",
            summary = "The skip-level sign-off after the acknowledgement")
    @APIResponse(responseCode = "200", description = "The signed-off review")
    @APIResponse(responseCode = "409", description = "Stale version, not acknowledged, or not asked by the cycle")
    public ReviewResponse signOff(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") VersionRequest request) {
        return reviews.signOff(id, request.version());
    }

    private static ReviewRole parseRole(String role) {
        ReviewRole parsed = Enums.parseOptional("role", role, ReviewRole.class);
        if (parsed == null) {
            throw ApiException.invalid("role", "must be SELF, MANAGER or PEER");
        }
        return parsed;
    }
}
