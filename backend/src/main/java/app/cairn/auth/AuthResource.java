package app.cairn.auth;

import app.cairn.auth.dto.LoginRequest;
import app.cairn.auth.dto.LoginResponse;
import app.cairn.auth.dto.MeResponse;
import app.cairn.common.error.Problem;
import app.cairn.common.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Auth", description = "Sign in and find out who you are")
public class AuthResource {

    private final AuthService auth;
    private final CurrentUser currentUser;

    public AuthResource(AuthService auth, CurrentUser currentUser) {
        this.auth = auth;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/auth/login")
    @PermitAll
    @Operation(
            operationId = "login",
            summary = "Sign in with email and password",
            description = "Returns a bearer token (RS256 JWT). Wrong password and unknown email give the same 401; "
                    + "repeated failures for one email give 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields; or the email has accounts in several organizations (field `organization`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "Email or password is incorrect",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many failed attempts for this email",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LoginResponse login(@Valid @NotNull(message = "a JSON body is required") LoginRequest request) {
        return auth.login(request);
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getMe", summary = "The signed-in person")
    @APIResponse(responseCode = "200", description = "The signed-in person and their organization")
    public MeResponse me() {
        return auth.me(currentUser.person());
    }
}
