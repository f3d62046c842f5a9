package app.cairn.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: where it is and what to change. */
@Schema(description = "An invalid field of the request")
public record FieldError(
        @Schema(description = "The field, as a JSON path into the request (e.g. `email`, `keyResults[0].target`)")
        String field,

        @Schema(description = "What is wrong with it, in words a person can act on")
        String message) {}
