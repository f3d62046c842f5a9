package app.cairn.reminders;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.reminders.dto.RemindNowResponse;
import app.cairn.reminders.dto.RemindPreview;
import app.cairn.reminders.dto.ReminderRuleRequest;
import app.cairn.reminders.dto.ReminderRuleResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Reminders", description = "Automated reminders, shaped by admins")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.NOTIFICATIONS)
public class ReminderResource {

    private static final String BODY = "a JSON body is required";

    private final ReminderRuleService rules;
    private final RemindNowService remindNow;

    public ReminderResource(ReminderRuleService rules, RemindNowService remindNow) {
        this.rules = rules;
        this.remindNow = remindNow;
    }

    @GET
    @Path("/reminder-rules")
    @Operation(
            operationId = "listReminderRules",
            description =
                    "Lists the organization's reminder rules (what triggers a reminder, to whom, and when). Admins only.",
            summary = "The organization's reminder rules (admins)")
    @APIResponse(responseCode = "200", description = "Every rule; the defaults until an admin changes them")
    public List<ReminderRuleResponse> list() {
        return rules.list();
    }

    @POST
    @Path("/reminder-rules")
    @Operation(
            operationId = "createReminderRule",
            description = "Adds a reminder rule that the reminder job applies from its next run. Admins only.",
            summary = "Add a reminder rule (admins)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReminderRuleResponse.class)))
    public Response create(@Valid @NotNull(message = BODY) ReminderRuleRequest request, UriInfo uri) {
        ReminderRuleResponse created = rules.create(request);
        return Created.at(uri, "reminder-rules/{id}", created.id(), created);
    }

    @PUT
    @Path("/reminder-rules/{id}")
    @Operation(
            operationId = "updateReminderRule",
            description = "Changes or switches off a reminder rule. Admins only; send the version you loaded.",
            summary = "Change a reminder rule (admins; send its version)")
    @APIResponse(responseCode = "200", description = "The rule")
    public ReminderRuleResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = BODY) ReminderRuleRequest request) {
        return rules.update(id, request);
    }

    @DELETE
    @Path("/reminder-rules/{id}")
    @Operation(
            operationId = "deleteReminderRule",
            description = "Removes a reminder rule. Admins only.",
            summary = "Remove a reminder rule (admins)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id) {
        rules.delete(id);
    }

    @GET
    @Path("/review-cycles/{id}/remind")
    @Operation(
            operationId = "previewReviewCycleReminder",
            summary = "Who \"Remind now\" would remind on an active cycle, and of what (admins)",
            description = "Lists, without sending anything, each person with an open part of an active cycle (those"
                    + " reminded within the hour included) and what they would be reminded of. Admins only; 409"
                    + " when the cycle is not active.")
    @APIResponse(responseCode = "200", description = "Each late person once")
    @APIResponse(responseCode = "409", description = "The cycle is not active")
    public RemindPreview preview(@PathParam("id") UUID id) {
        return remindNow.preview(id);
    }

    @POST
    @Path("/review-cycles/{id}/remind")
    @TokenScope(ApiArea.REVIEWS)
    @Operation(
            operationId = "remindReviewCycle",
            description =
                    "Reminds everyone whose part of an active cycle is still open (at most once an hour per person). Admins only.",
            summary = "Remind everyone whose part of an active cycle is open (admins; once an hour per person)")
    @APIResponse(responseCode = "200", description = "How many were reminded")
    public RemindNowResponse remind(@PathParam("id") UUID id) {
        return remindNow.remind(id);
    }
}
