package app.cairn.notifications;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.notifications.dto.NotificationPreference;
import app.cairn.notifications.dto.NotificationResponse;
import app.cairn.notifications.dto.PreferencesRequest;
import app.cairn.notifications.dto.UnreadCount;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Notifications", description = "The caller's notifications and how they reach them")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.NOTIFICATIONS)
public class NotificationResource {

    private final NotificationService notifications;
    private final NotificationPreferenceService preferences;

    public NotificationResource(NotificationService notifications, NotificationPreferenceService preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    @GET
    @Path("/notifications")
    @Operation(
            operationId = "listNotifications",
            description = "Lists the caller's notifications, newest first. Any signed-in person, for themselves.",
            summary = "The caller's notifications, newest first")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public PageResponse<NotificationResponse> list(
            @Parameter(description = "Only unread ones") @QueryParam("unread") @DefaultValue("false") boolean unread,
            @Valid @BeanParam PageQuery page) {
        return notifications.list(unread, page);
    }

    @GET
    @Path("/notifications/unread-count")
    @Operation(
            operationId = "countUnreadNotifications",
            description =
                    "Counts the caller's unread notifications (the bell's badge). Any signed-in person, for themselves.",
            summary = "How many of the caller's notifications are unread")
    @APIResponse(responseCode = "200", description = "The count")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount());
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(
            operationId = "markNotificationRead",
            description =
                    "Marks one of the caller's notifications read. Any signed-in person, for their own notifications (others': 404).",
            summary = "Mark one of the caller's notifications read")
    @APIResponse(responseCode = "204", description = "Marked (marking twice changes nothing)")
    public void markRead(@PathParam("id") UUID id) {
        notifications.markRead(id);
    }

    @POST
    @Path("/notifications/read-all")
    @Operation(
            operationId = "markAllNotificationsRead",
            description = "Marks every notification of the caller read. Any signed-in person, for themselves.",
            summary = "Mark all of the caller's notifications read")
    @APIResponse(responseCode = "204", description = "Marked")
    public void markAllRead() {
        notifications.markAllRead();
    }

    @GET
    @Path("/notification-preferences")
    @Operation(
            operationId = "getNotificationPreferences",
            description =
                    "Reads, per kind of notification, how it reaches the caller (in the app, by e-mail). Any signed-in person, for themselves.",
            summary = "How each kind of notification reaches the caller")
    @APIResponse(responseCode = "200", description = "One entry per kind")
    public List<NotificationPreference> getPreferences() {
        return preferences.mine();
    }

    @PUT
    @Path("/notification-preferences")
    @Operation(
            operationId = "updateNotificationPreferences",
            description =
                    "Changes, per kind, whether notifications reach the caller in the app and by e-mail. Any signed-in person, for themselves.",
            summary = "Change how some kinds reach the caller")
    @APIResponse(responseCode = "200", description = "Every kind, after the change")
    public List<NotificationPreference> updatePreferences(
            @Valid @NotNull(message = "a JSON body is required") PreferencesRequest request) {
        return preferences.update(request.preferences());
    }
}
