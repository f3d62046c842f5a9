package app.cairn.common.security;

import java.util.Arrays;
import java.util.Optional;

/** The areas of the API an API token's scopes name, as `area:read` or `area:write`. */
public enum ApiArea {
    OBJECTIVES("objectives"),
    CHECK_INS("check-ins"),
    CASCADE("cascade"),
    SESSIONS("sessions"),
    REVIEWS("reviews"),
    FEEDBACK("feedback"),
    PEOPLE("people"),
    REPORTS("reports"),
    NOTIFICATIONS("notifications"),
    WEBHOOKS("webhooks"),
    AUDIT("audit");

    private final String key;

    ApiArea(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ApiArea> byKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
