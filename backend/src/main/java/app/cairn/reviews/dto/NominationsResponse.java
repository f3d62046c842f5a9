package app.cairn.reviews.dto;

import app.cairn.common.web.Ref;
import app.cairn.reviews.NominationsState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A 360 review's nominated peers. Says nothing about who has answered.")
public record NominationsResponse(
        @Schema(required = true) UUID reviewId,
        @Schema(required = true) NominationsState state,
        @Schema(required = true) int minPeers,
        @Schema(required = true) int maxPeers,
        Instant due,
        @Schema(required = true) List<Ref> peers,

        @Schema(required = true, description = "The review's version, for the next write")
        int version) {}
