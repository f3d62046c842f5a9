package app.cairn.notifications;

import app.cairn.notifications.dto.UnsubscribeRequest;
import app.cairn.notifications.dto.UnsubscribeResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The unsubscribe link of notification e-mails: its single-use token is the credential. */
@Path("/notifications/unsubscribe")
@Tag(name = "Notifications")
public class UnsubscribeResource {

    private final NotificationPreferenceService preferences;

    public UnsubscribeResource(NotificationPreferenceService preferences) {
        this.preferences = preferences;
    }

    @POST
    @PermitAll
    @Operation(
            operationId = "unsubscribeNotificationMail",
            description =
                    "Stops e-mails of one kind for the person a notification e-mail was sent to. Public: the single-use token from the e-mail is the credential.",
            summary = "Stop e-mails of one kind through the single-use link in such an e-mail (no sign-in)")
    @APIResponse(responseCode = "200", description = "E-mail is off for that kind")
    public UnsubscribeResponse unsubscribe(
            @Valid @NotNull(message = "a JSON body is required") UnsubscribeRequest request) {
        return preferences.unsubscribe(request.token());
    }
}
