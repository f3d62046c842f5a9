package app.cairn.feedback;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.Enums;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.feedback.dto.AnswerRequest;
import app.cairn.feedback.dto.CreateFeedbackRequestsRequest;
import app.cairn.feedback.dto.DeclineRequest;
import app.cairn.feedback.dto.FeedbackRequestResponse;
import app.cairn.feedback.dto.FeedbackRequestsCreated;
import app.cairn.feedback.dto.FeedbackResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/feedback-requests")
@Tag(name = "Feedback requests", description = "Asking people for feedback, and answering or declining")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.FEEDBACK)
public class FeedbackRequestResource {

    private final FeedbackRequestService requests;

    public FeedbackRequestResource(FeedbackRequestService requests) {
        this.requests = requests;
    }

    @GET
    @Operation(
            operationId = "listFeedbackRequests",
            description =
                    "Lists the feedback requests addressed to the caller (inbox) or sent by them, newest first. Any signed-in person, for their own requests.",
            summary = "Requests addressed to the caller, or sent by them")
    @APIResponse(responseCode = "200", description = "A page of requests, newest first")
    public PageResponse<FeedbackRequestResponse> list(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"inbox", "sent"},
                                            defaultValue = "inbox"),
                            description = "inbox (default: addressed to you) or sent")
                    @QueryParam("scope")
                    @DefaultValue("inbox")
                    String scope,
            @Parameter(
                            schema = @Schema(implementation = RequestStatus.class),
                            description = "PENDING, ANSWERED or DECLINED")
                    @QueryParam("status")
                    String status,
            @Valid @BeanParam PageQuery page) {
        FeedbackRequestService.Scope parsed = switch (scope.trim().toLowerCase(Locale.ROOT)) {
            case "inbox" -> FeedbackRequestService.Scope.INBOX;
            case "sent" -> FeedbackRequestService.Scope.SENT;
            default -> throw ApiException.invalid("scope", "must be inbox or sent");
        };
        return requests.list(parsed, Enums.parseOptional("status", status, RequestStatus.class), page);
    }

    @POST
    @Operation(
            operationId = "requestFeedback",
            description =
                    "Asks one or more people for feedback about the caller or one of their reports; each person asked gets a request and a notification. Any signed-in person.",
            summary = "Ask one or more people for feedback about yourself or one of your reports")
    @APIResponse(
            responseCode = "201",
            description = "One request per person asked",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = FeedbackRequestsCreated.class)))
    @APIResponse(responseCode = "404", description = "A person asked or the subject does not exist or is not visible")
    public Response create(
            @Valid @NotNull(message = "a JSON body is required") CreateFeedbackRequestsRequest request, UriInfo uri) {
        FeedbackRequestsCreated created = requests.create(request);
        if (created.items().size() == 1) {
            return Created.at(
                    uri, "feedback-requests/{id}", created.items().get(0).id(), created);
        }
        return Created.at(
                uri.getBaseUriBuilder()
                        .path("feedback-requests")
                        .queryParam("scope", "sent")
                        .build(),
                created);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getFeedbackRequest",
            description = "Reads one feedback request with its prompt and status. Only its asker and the person asked.",
            summary = "One request (its asker or the person asked)")
    @APIResponse(responseCode = "200", description = "The request")
    public FeedbackRequestResponse get(@PathParam("id") UUID id) {
        return requests.get(id);
    }

    @POST
    @Path("/{id}/answer")
    @Operation(
            operationId = "answerFeedbackRequest",
            description =
                    "Answers a feedback request addressed to the caller; the answer becomes feedback to its subject. Only the person asked, once.",
            summary = "Answer a request addressed to you, once")
    @APIResponse(responseCode = "200", description = "The feedback given as the answer")
    @APIResponse(responseCode = "409", description = "Already answered or declined")
    public FeedbackResponse answer(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") AnswerRequest request) {
        return requests.answer(id, request);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(
            operationId = "declineFeedbackRequest",
            description =
                    "Declines a feedback request addressed to the caller, optionally saying why. Only the person asked, while it is pending.",
            summary = "Decline a request addressed to you")
    @APIResponse(responseCode = "200", description = "The declined request")
    @APIResponse(responseCode = "409", description = "Already answered or declined")
    public FeedbackRequestResponse decline(@PathParam("id") UUID id, @Valid DeclineRequest request) {
        return requests.decline(id, request);
    }
}
