package app.cairn.sessions.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The caller's calendar feed. The URL is shown once, when created: only a hash of its"
                + " secret is kept. Anyone with the URL can read the feed, so revoke it when it leaks.")
public record CalendarFeedResponse(
        @Schema(required = true) boolean active,
        Instant createdAt,

        @Schema(description = "The secret feed URL (only in the answer to creating it)")
        String url) {}
