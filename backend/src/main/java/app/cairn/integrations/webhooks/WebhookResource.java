package app.cairn.integrations.webhooks;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Created;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.webhooks.dto.WebhookDeliveryResponse;
import app.cairn.integrations.webhooks.dto.WebhookEventTypeResponse;
import app.cairn.integrations.webhooks.dto.WebhookRequest;
import app.cairn.integrations.webhooks.dto.WebhookResponse;
import app.cairn.integrations.webhooks.dto.WebhookSecretResponse;
import app.cairn.integrations.webhooks.dto.WebhookVersionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/webhooks")
@Tag(
        name = "Webhooks",
        description = "Signed (Standard Webhooks) HTTPS callbacks on events, with retries and a delivery log (admin)")
@SecurityRequirement(name = "bearer")
@RolesAllowed("ADMIN")
@TokenScope(ApiArea.WEBHOOKS)
public class WebhookResource {

    private static final Set<String> STATUSES = Set.of("PENDING", "SUCCEEDED", "FAILED");

    private final WebhookService service;
    private final WebhookDeliveryService deliveries;
    private final WebhookCatalogue catalogue;

    public WebhookResource(WebhookService service, WebhookDeliveryService deliveries, WebhookCatalogue catalogue) {
        this.service = service;
        this.deliveries = deliveries;
        this.catalogue = catalogue;
    }

    @GET
    @Path("/event-types")
    @Operation(
            operationId = "listWebhookEventTypes",
            summary = "The event types webhooks can subscribe to, each with the JSON Schema of its data (admin)")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<WebhookEventTypeResponse> eventTypes() {
        return catalogue.all();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the organization's webhooks (admin)")
    @APIResponse(responseCode = "200", description = "A page of webhooks")
    public PageResponse<WebhookResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @POST
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe an endpoint to event types; the signing secret is in this answer only (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created: the secret is shown once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookSecretResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid: e.g. `url` not https, on a private address or not resolving; unknown event type")
    public Response create(@Valid @NotNull(message = "a JSON body is required") WebhookRequest request, UriInfo uri) {
        WebhookSecretResponse created = service.create(request);
        return Created.at(uri, "webhooks/{id}", created.webhook().id(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook (admin)")
    @APIResponse(responseCode = "200", description = "The webhook")
    public WebhookResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateWebhook", summary = "Change a webhook's URL, event types or description (admin)")
    @APIResponse(responseCode = "200", description = "The updated webhook")
    @APIResponse(responseCode = "400", description = "Invalid URL or event type")
    @APIResponse(responseCode = "409", description = "Stale version")
    public WebhookResponse update(
            @PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") WebhookRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable a webhook: waiting deliveries go out again (admin)")
    @APIResponse(responseCode = "200", description = "The webhook")
    @APIResponse(responseCode = "409", description = "Stale version")
    public WebhookResponse enable(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") WebhookVersionRequest request) {
        return service.setEnabled(id, true, request.version());
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableWebhook", summary = "Disable a webhook: nothing is sent until enabled (admin)")
    @APIResponse(responseCode = "200", description = "The webhook")
    @APIResponse(responseCode = "409", description = "Stale version")
    public WebhookResponse disable(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") WebhookVersionRequest request) {
        return service.setEnabled(id, false, request.version());
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Issue a new signing secret; the former one keeps signing for 24 hours (admin)")
    @APIResponse(
            responseCode = "200",
            description = "The new secret, shown once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookSecretResponse.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    public WebhookSecretResponse rotate(
            @PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") WebhookVersionRequest request) {
        return service.rotateSecret(id, request.version());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's delivery log, newest first (admin)")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public PageResponse<WebhookDeliveryResponse> deliveries(
            @PathParam("id") UUID id,
            @Parameter(description = "PENDING, SUCCEEDED or FAILED") @QueryParam("status") String status,
            @Valid @BeanParam PageQuery page) {
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.invalid("status", "must be PENDING, SUCCEEDED or FAILED");
        }
        return deliveries.list(id, status, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(
            operationId = "redeliverWebhookDelivery",
            summary = "Send a delivery again now, with a fresh retry window (admin)")
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "409", description = "The webhook is disabled, or the delivery is being attempted")
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(deliveries.redeliver(id, deliveryId))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }
}
