package app.cairn.auth;

import app.cairn.auth.dto.ChangePasswordRequest;
import app.cairn.auth.dto.EmailRequest;
import app.cairn.auth.dto.LinkInfo;
import app.cairn.auth.dto.LinkTokenRequest;
import app.cairn.auth.dto.PasswordResetRequest;
import app.cairn.auth.dto.SetPasswordRequest;
import app.cairn.common.security.TokensRefused;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Passwords and e-mailed links: change, forgot, set through a link, confirm an email. */
@Path("")
@Tag(name = "Auth")
@TokensRefused("Passwords and sign-in links are managed while signed in, never with an API token.")
public class AccountResource {

    private static final String JSON_BODY = "a JSON body is required";

    private final AccountService accounts;

    public AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/auth/password")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(
            operationId = "changePassword",
            summary = "Change your password",
            description = "Needs the current password (a wrong one counts as a failed sign-in). The new one is 12 to"
                    + " 128 characters and not easy to guess. Every other session of yours ends; this one goes on.")
    @APIResponse(responseCode = "204", description = "Changed")
    public Response changePassword(
            @Valid @NotNull(message = JSON_BODY) ChangePasswordRequest request, @Context HttpServerRequest http) {
        accounts.changePassword(request.currentPassword(), request.newPassword(), AuthResource.clientAddress(http));
        return Response.noContent().build();
    }

    @POST
    @Path("/auth/password-reset")
    @PermitAll
    @Operation(
            operationId = "requestPasswordReset",
            summary = "E-mail a password reset link",
            description = "Always 202, whether or not the email has an account. The link works once, for 30 minutes"
                    + " (CAIRN_LINK_RESET_PASSWORD). Requests count like failed sign-ins for the throttle.")
    @APIResponse(responseCode = "202", description = "A link is on its way if the email has an account")
    public Response requestReset(
            @Valid @NotNull(message = JSON_BODY) PasswordResetRequest request, @Context HttpServerRequest http) {
        accounts.requestReset(request.email(), request.organization(), AuthResource.clientAddress(http));
        return Response.accepted().build();
    }

    @POST
    @Path("/auth/set-password")
    @PermitAll
    @Operation(
            operationId = "setPassword",
            summary = "Choose a password through a reset or invitation link",
            description = "Confirms the email, ends every session of the account, and uses the link up. Then sign in.")
    @APIResponse(responseCode = "204", description = "The password is set")
    public Response setPassword(@Valid @NotNull(message = JSON_BODY) SetPasswordRequest request) {
        accounts.setPassword(request.token(), request.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("/auth/verify-email")
    @PermitAll
    @Operation(
            operationId = "verifyEmail",
            summary = "Confirm your email through the link sent at sign-up",
            description = "After this the account can sign in. 400 (field `token`) when the link was used or expired.")
    @APIResponse(responseCode = "204", description = "Confirmed")
    public Response verifyEmail(@Valid @NotNull(message = JSON_BODY) LinkTokenRequest request) {
        accounts.verifyEmail(request.token());
        return Response.noContent().build();
    }

    @POST
    @Path("/auth/verify-email/resend")
    @PermitAll
    @Operation(
            operationId = "resendVerification",
            summary = "Send the email confirmation link again",
            description = "Always 202, whether or not an unconfirmed account has this email.")
    @APIResponse(responseCode = "202", description = "A link is on its way if an unconfirmed account has this email")
    public Response resendVerification(
            @Valid @NotNull(message = JSON_BODY) EmailRequest request, @Context HttpServerRequest http) {
        accounts.resendVerification(request.email(), AuthResource.clientAddress(http));
        return Response.accepted().build();
    }

    @POST
    @Path("/auth/links/inspect")
    @PermitAll
    @Operation(
            operationId = "inspectLink",
            summary = "Whom an e-mailed link is for",
            description = "Lets a page greet the person before they choose a password; does not use the link up."
                    + " 400 (field `token`) when it was used or expired.")
    @APIResponse(responseCode = "200", description = "The link's purpose and person")
    public LinkInfo inspect(@Valid @NotNull(message = JSON_BODY) LinkTokenRequest request) {
        return accounts.linkInfo(request.token());
    }
}
