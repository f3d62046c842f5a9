package app.cairn.sessions.dto;

import app.cairn.sessions.Recurrence;
import app.cairn.sessions.SessionKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new session between the caller and one other person")
public record ScheduleSessionRequest(
        @Schema(examples = "ONE_TO_ONE") @NotNull(message = "is required: ONE_TO_ONE, CHECK_IN or APPRAISAL_MEETING")
        SessionKind kind,

        @Schema(examples = "Weekly 1:1 Morgan / Erin") @Size(max = 200, message = "must be at most 200 characters")
        String title,

        @Schema(
                required = true,
                description = "The two participants; the caller must be one of them",
                examples = "[\"9a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d\", \"3c8e1f5a-7b2d-4e9a-8c6f-2d1b0a9e8f7c\"]")
        @NotNull(message = "is required: you and the other person")
        @Size(min = 2, max = 2, message = "must name exactly two people: you and the other person")
        List<@NotNull(message = "must be a person id") UUID> participantIds,

        @Schema(required = true, description = "When it starts (ISO-8601, UTC)", examples = "2026-12-08T15:00:00Z")
        @NotNull(message = "is required")
        Instant startsAt,

        @Schema(required = true, description = "Length in minutes, 1 to 480 (8 hours)", examples = "30")
        @NotNull(message = "is required")
        @Min(value = 1, message = "must be more than 0 minutes")
        @Max(value = 480, message = "must be at most 8 hours (480 minutes)")
        Integer durationMinutes,

        @Schema(description = "NONE (default), WEEKLY, FORTNIGHTLY or MONTHLY", examples = "WEEKLY")
        Recurrence recurrence,

        @Schema(description = "An agenda template whose items pre-fill the agenda")
        UUID templateId,

        @Schema(description = "Record a meeting that already happened: allows a start in the past", examples = "false")
        Boolean record) {}
