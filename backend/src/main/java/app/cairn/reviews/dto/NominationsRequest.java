package app.cairn.reviews.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The peers asked to answer a 360 review; replaces the list. Send the review's version.")
public record NominationsRequest(
        @Schema(description = "Required when nominating; optional when approving (keeps the list)")
        @Size(max = 50, message = "must have at most 50 people")
        List<@NotNull(message = "is required") UUID> peerIds,

        @NotNull(message = "is required: send the version you loaded")
        Integer version) {}
