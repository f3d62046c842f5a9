package app.cairn.tasks;

import app.cairn.common.security.TokensRefused;
import app.cairn.common.web.PageQuery;
import app.cairn.tasks.dto.TaskList;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tasks")
@Tag(name = "Tasks", description = "The caller's to-do inbox")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokensRefused(
        "The to-do inbox mixes every area, 360 nominations (who rates whom) among them: call each area's own operations with its scope.")
public class TaskResource {

    private final TaskService tasks;

    public TaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    @GET
    @Operation(
            operationId = "listTasks",
            summary = "Everything waiting for the caller, overdue first",
            description = "Computed from live data: reviews to write or sign off, nominations to approve, drafts"
                    + " waiting for the caller's agreement, own objectives without a check-in within the organization's check-in cadence, 1:1s in"
                    + " the next 48 h, overdue 1:1s with reports, own action items due, feedback requests, and"
                    + " (admins) cycles with reviews in calibration. The sort parameter is ignored.")
    @APIResponse(responseCode = "200", description = "A page of tasks and the counts per kind")
    public TaskList list(@Valid @BeanParam PageQuery page) {
        return tasks.mine(page);
    }
}
