package app.cairn.auth;

import app.cairn.auth.AuthService.SignedIn;
import app.cairn.auth.SignInSessions.EndReason;
import app.cairn.auth.dto.LoginRequest;
import app.cairn.auth.dto.LoginResponse;
import app.cairn.auth.dto.MeResponse;
import app.cairn.common.error.ApiException;
import app.cairn.common.error.Problem;
import app.cairn.common.security.ApiArea;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.security.TokenScope;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@Tag(name = "Auth", description = "Sign in and out, sessions, passwords, and who you are")
public class AuthResource {

    private static final String SET_COOKIE_DESCRIPTION = "`" + AuthCookies.NAME
            + "`: the refresh token (HttpOnly; Secure; SameSite=Strict; Path=" + AuthCookies.PATH + ")";

    private final AuthService auth;
    private final SignInSessions sessions;
    private final AuthCookies cookies;
    private final CurrentUser currentUser;

    public AuthResource(AuthService auth, SignInSessions sessions, AuthCookies cookies, CurrentUser currentUser) {
        this.auth = auth;
        this.sessions = sessions;
        this.cookies = cookies;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/auth/login")
    @PermitAll
    @Operation(
            operationId = "login",
            summary = "Sign in with email and password",
            description = "Returns a short-lived bearer token (RS256 JWT) in the body and starts a session whose"
                    + " refresh token comes as an HttpOnly cookie (see `refreshSession`). Wrong password and unknown"
                    + " email give the same 401; repeated failures from one client address give 429 with Retry-After;"
                    + " an account whose email is not confirmed yet gets 403.")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            headers = @Header(name = "Set-Cookie", description = SET_COOKIE_DESCRIPTION),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields; or the email has accounts in several organizations (field `organization`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "Email or password is incorrect",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The password is right but the email is not confirmed yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many failed attempts from this client address",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response login(
            @Valid @NotNull(message = "a JSON body is required") LoginRequest request,
            @Context HttpServerRequest http) {
        return signedIn(auth.login(request, clientAddress(http)));
    }

    @POST
    @Path("/auth/refresh")
    @PermitAll
    @Operation(
            operationId = "refreshSession",
            summary = "Get a new access token with the refresh cookie",
            description = "Uses the refresh token once and sets the next one: a refresh token presented a second time"
                    + " ends its whole session. 401 when the cookie is missing, expired or its session ended.")
    @APIResponse(
            responseCode = "200",
            description = "A new access token; the rotated refresh cookie",
            headers = @Header(name = "Set-Cookie", description = SET_COOKIE_DESCRIPTION),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "401", description = "The refresh cookie is missing, expired or its session ended")
    public Response refresh(@Parameter(hidden = true) @CookieParam(AuthCookies.NAME) String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw ApiException.unauthorized("No session: sign in.");
        }
        return auth.refresh(refreshToken)
                .map(this::signedIn)
                .orElseThrow(() -> ApiException.unauthorized("This session has ended: sign in again."));
    }

    @POST
    @Path("/auth/logout")
    @PermitAll
    @Operation(
            operationId = "logout",
            summary = "Sign out: end this session",
            description = "Ends the session of the refresh cookie, or else of the bearer token: its access tokens stop"
                    + " working at once and the cookie is cleared.")
    @APIResponse(
            responseCode = "204",
            description = "Signed out",
            headers = @Header(name = "Set-Cookie", description = "Clears the refresh cookie"))
    public Response logout(
            @Parameter(hidden = true) @CookieParam(AuthCookies.NAME) String refreshToken,
            @Context HttpHeaders headers) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            sessions.endByRefreshToken(refreshToken);
        } else if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            sessions.end(currentUser.sessionId(), EndReason.SIGNED_OUT);
        }
        return Response.noContent()
                .cookie(cookies.cleared())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @TokenScope(value = ApiArea.PEOPLE, access = TokenScope.Access.READ)
    @Operation(
            operationId = "getMe",
            description =
                    "Reads the signed-in person with their roles, report count and preferences. Any signed-in person.",
            summary = "The signed-in person")
    @APIResponse(responseCode = "200", description = "The signed-in person and their organization")
    public MeResponse me() {
        return auth.me(currentUser.person());
    }

    private Response signedIn(SignedIn signedIn) {
        return Response.ok(signedIn.body())
                .cookie(cookies.refresh(signedIn.refreshToken(), signedIn.refreshExpiresAt()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The client's address: the connection's, or X-Forwarded-For's when sent by a trusted proxy. */
    static String clientAddress(HttpServerRequest http) {
        SocketAddress address = http.remoteAddress();
        if (address == null) {
            return "unknown";
        }
        // A forwarded IPv6 address in brackets ("[2001:db8::1]", as RFC 7239 writes it) has no
        // hostAddress, only a host: without it every such client would share one bucket.
        String host = address.hostAddress() != null ? address.hostAddress() : address.host();
        return host == null ? "unknown" : host;
    }
}
