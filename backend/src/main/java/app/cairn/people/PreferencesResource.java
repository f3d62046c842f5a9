package app.cairn.people;

import app.cairn.auth.AuthService;
import app.cairn.auth.dto.MeResponse;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.TokenScope;
import app.cairn.people.dto.PreferencesRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's own settings (their time zone); read them on `GET /me`. */
@Path("/me/preferences")
@Tag(name = "Auth", description = "Sign in and find out who you are")
@SecurityRequirement(name = "bearer")
@Authenticated
@TokenScope(ApiArea.PEOPLE)
public class PreferencesResource {

    private final PersonService people;
    private final AuthService auth;

    public PreferencesResource(PersonService people, AuthService auth) {
        this.people = people;
        this.auth = auth;
    }

    @PUT
    @Operation(
            operationId = "updateMyPreferences",
            description =
                    "Sets the caller's own time zone for calendars and reminders (null: the organization's). Any signed-in person.",
            summary = "Set your own time zone (null: use the organization's)")
    @APIResponse(responseCode = "200", description = "The signed-in person with the new settings")
    public MeResponse update(@Valid @NotNull(message = "a JSON body is required") PreferencesRequest request) {
        return auth.me(people.setOwnTimeZone(request.timeZone()));
    }
}
