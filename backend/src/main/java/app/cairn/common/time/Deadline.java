package app.cairn.common.time;

import app.cairn.common.error.InvalidValueException;
import app.cairn.common.web.Instants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A deadline as a client sends it: a day, meaning the end of that day in the time zone that applies
 * (the organization's, for review steps), or an exact ISO-8601 instant. `2026-12-15` in New York is
 * 2026-12-16T04:59:59Z, not 2026-12-15T23:59:59Z (which would close the step in the afternoon there).
 */
@JsonDeserialize(using = Deadline.Reader.class)
@Schema(
        type = SchemaType.STRING,
        description = "A day (the end of that day in the organization's time zone) or an ISO-8601 instant",
        examples = {"2026-12-15", "2026-12-15T17:00:00Z"})
public record Deadline(LocalDate day, Instant instant) {

    /** The last second of the day in `zone`, or the instant as sent. */
    public Instant in(ZoneId zone) {
        return instant != null
                ? instant
                : day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    /** `2026-12-15` or `2026-12-15T17:00:00Z`; anything else is a 400 naming the field. */
    public static Deadline parse(String text) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return day.getYear() >= 1 && day.getYear() <= 9999 ? new Deadline(day, null) : null;
            }
            Instant instant = Instant.parse(text);
            return Instants.inRange(instant) ? new Deadline(null, instant) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static final class Reader extends StdDeserializer<Deadline> {

        Reader() {
            super(Deadline.class);
        }

        @Override
        public Deadline deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Deadline deadline = parser.currentToken() == JsonToken.VALUE_STRING ? parse(parser.getText()) : null;
            if (deadline == null) {
                throw new InvalidValueException(
                        parser,
                        "must be a day (2026-12-15, its end in the organization's time zone) or an ISO-8601 time"
                                + " (2026-12-15T17:00:00Z)",
                        Deadline.class);
            }
            return deadline;
        }
    }
}
