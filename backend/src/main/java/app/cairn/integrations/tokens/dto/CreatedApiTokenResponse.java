package app.cairn.integrations.tokens.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new token and its secret: the only time the secret is shown. */
@Schema(name = "CreatedApiToken")
public record CreatedApiTokenResponse(
        @Schema(required = true) ApiTokenResponse token,

        @Schema(required = true, description = "Send as `Authorization: Bearer <secret>`. Shown only now.")
        String secret) {}
