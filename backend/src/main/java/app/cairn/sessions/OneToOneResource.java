package app.cairn.sessions;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.Ids;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.sessions.dto.CadenceEntry;
import app.cairn.sessions.dto.IntervalRequest;
import app.cairn.sessions.dto.SessionSettingsRequest;
import app.cairn.sessions.dto.SessionSettingsResponse;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(
        name = "One-to-one cadence",
        description = "How often managers meet their reports, who is overdue, session settings")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.SESSIONS)
public class OneToOneResource {

    private final CadenceService cadence;
    private final SessionSettingsService settings;

    public OneToOneResource(CadenceService cadence, SessionSettingsService settings) {
        this.cadence = cadence;
        this.settings = settings;
    }

    @GET
    @Path("/one-to-ones/cadence")
    @Operation(
            operationId = "listOneToOneCadence",
            description =
                    "Lists each manager–report pair with its 1:1 interval, last completed and next scheduled 1:1, overdue pairs first. Managers see their own direct reports (another manager's id gives an empty page), admins every pair; anyone without reports gets 403.",
            summary = "Each manager–report pair's 1:1 cadence: a manager's own reports; every pair for admins")
    @APIResponse(responseCode = "200", description = "A page of pairs, overdue ones first")
    public PageResponse<CadenceEntry> cadence(
            @Parameter(description = "Only this manager's reports") @QueryParam("managerId") String managerId,
            @Valid @BeanParam PageQuery page) {
        return cadence.list(false, Ids.parseOptional("managerId", managerId), page);
    }

    @GET
    @Path("/one-to-ones/overdue")
    @Operation(
            operationId = "listOverdueOneToOnes",
            description =
                    "Lists the reports with no completed 1:1 within their interval. Managers see their own direct reports, admins everyone; anyone without reports gets 403.",
            summary = "Reports with no completed 1:1 within their interval: a manager's own; everyone for admins")
    @APIResponse(responseCode = "200", description = "A page of overdue pairs")
    public PageResponse<CadenceEntry> overdue(
            @Parameter(description = "Only this manager's reports") @QueryParam("managerId") String managerId,
            @Valid @BeanParam PageQuery page) {
        return cadence.list(true, Ids.parseOptional("managerId", managerId), page);
    }

    @PUT
    @Path("/one-to-ones/intervals/{reportId}")
    @Operation(
            operationId = "setOneToOneInterval",
            description =
                    "Sets how many days may pass between a report's 1:1s with their manager (null: the organization's default). The report's direct manager or an admin.",
            summary = "Set how often a report meets their manager (the manager or an admin); null for the default")
    @APIResponse(responseCode = "200", description = "The pair's cadence")
    public CadenceEntry setInterval(
            @PathParam("reportId") UUID reportId,
            @Valid @NotNull(message = "a JSON body is required") IntervalRequest request) {
        return cadence.setInterval(reportId, request);
    }

    @GET
    @Path("/session-settings")
    @Operation(
            operationId = "getSessionSettings",
            description = "Reads the organization's default 1:1 interval and lock period. Any signed-in person.",
            summary = "The organization's default 1:1 interval and lock period")
    @APIResponse(responseCode = "200", description = "The settings")
    public SessionSettingsResponse settings() {
        return settings.get();
    }

    @PUT
    @Path("/session-settings")
    @Operation(
            operationId = "updateSessionSettings",
            description =
                    "Changes the organization's default 1:1 interval and how many days after a session its notes lock. Admins only; send the version you loaded.",
            summary = "Change the session settings (admins)")
    @APIResponse(responseCode = "200", description = "The settings")
    @APIResponse(responseCode = "409", description = "A stale version")
    public SessionSettingsResponse update(
            @Valid @NotNull(message = "a JSON body is required") SessionSettingsRequest request) {
        return settings.update(request);
    }
}
