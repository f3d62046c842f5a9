package app.cairn.organizations.dto;

import app.cairn.auth.dto.MeResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new organization and its first admin, who signs in once they confirmed their email")
public record SignUpResponse(
        @Schema(required = true) MeResponse.OrganizationSummary organization,
        @Schema(required = true) MeResponse admin) {}
