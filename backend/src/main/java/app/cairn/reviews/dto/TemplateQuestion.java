package app.cairn.reviews.dto;

import app.cairn.reviews.QuestionKind;
import app.cairn.reviews.ReviewRole;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A question of a template and the roles that answer it")
public record TemplateQuestion(
        @Schema(description = "Kept when the template is edited; given by the server for new questions")
        UUID id,

        @Schema(required = true) @NotNull(message = "is required")
        QuestionKind kind,

        @Schema(required = true)
        @NotBlank(message = "is required")
        @Size(max = 500, message = "must be at most 500 characters")
        String text,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String help,

        @Schema(required = true, description = "SELF, MANAGER and/or PEER")
        @NotEmpty(message = "name at least one role")
        List<@NotNull(message = "is required") ReviewRole> roles,

        @Schema(required = true) boolean required,

        @Schema(
                description =
                        "Weight in the overall score (rating and objectives questions; default 1, 0 leaves it out)")
        @DecimalMin(value = "0", message = "must be 0 or more")
        BigDecimal weight) {}
