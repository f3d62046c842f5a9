package app.cairn.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one error shape of the API: RFC 9457 problem details, with the invalid fields listed. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "A URI naming the kind of problem")
        String type,

        @Schema(description = "A short summary of the kind of problem")
        String title,

        @Schema(description = "The HTTP status") int status,

        @Schema(description = "What went wrong with this request")
        String detail,

        @Schema(description = "The request path") String instance,

        @Schema(description = "The invalid fields, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
