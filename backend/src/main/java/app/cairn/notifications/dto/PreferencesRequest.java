package app.cairn.notifications.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPreferencesRequest", description = "Preferences to change; kinds left out keep theirs")
public record PreferencesRequest(
        @Schema(required = true) @NotNull(message = "is required") @Size(max = 50, message = "at most 50 entries")
        List<@Valid @NotNull(message = "must not be null") NotificationPreference> preferences) {}
