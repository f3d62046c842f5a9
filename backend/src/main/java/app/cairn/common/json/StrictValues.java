package app.cairn.common.json;

import app.cairn.common.error.InvalidValueException;
import app.cairn.common.web.Instants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/**
 * Refuses, while a request body is read, values no column can store faithfully, so that they are a
 * 400 naming the field instead of a database error: text with a NUL character (PostgreSQL text cannot
 * hold one) and dates or times outside the years 1 to 9999. Applies to every string and date of
 * every body, in objects and lists alike.
 */
@Singleton
public class StrictValues implements ObjectMapperCustomizer {

    static final String NUL_MESSAGE = "must not contain NUL (\\u0000) characters";
    static final String DATE_MESSAGE = "must be between the years 1 and 9999";

    /** After Quarkus' own customizer, whose Java time module would otherwise replace these. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("cairn-strict-values");
        add(module, String.class, StringDeserializer.instance, s -> s.indexOf('\0') < 0, NUL_MESSAGE);
        add(
                module,
                LocalDate.class,
                LocalDateDeserializer.INSTANCE,
                d -> d.getYear() >= 1 && d.getYear() <= 9999,
                DATE_MESSAGE);
        add(module, Instant.class, InstantDeserializer.INSTANT, Instants::inRange, DATE_MESSAGE);
        add(
                module,
                OffsetDateTime.class,
                InstantDeserializer.OFFSET_DATE_TIME,
                t -> Instants.inRange(t.toInstant()),
                DATE_MESSAGE);
        mapper.registerModule(module);
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(
            SimpleModule module, Class<T> type, JsonDeserializer<?> jackson, Predicate<T> accepts, String message) {
        module.addDeserializer(
                type, (JsonDeserializer<T>) (JsonDeserializer<?>) new Checked<>(jackson, accepts, message));
    }

    /** Jackson's own deserializer for the type, then a check of the value it read. */
    static final class Checked<T> extends DelegatingDeserializer {

        private final Predicate<T> accepts;
        private final String message;

        Checked(JsonDeserializer<?> delegate, Predicate<T> accepts, String message) {
            super(delegate);
            this.accepts = accepts;
            this.message = message;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked<>(delegate, accepts, message);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null && !accepts.test((T) value)) {
                throw new InvalidValueException(parser, message, handledType());
            }
            return value;
        }
    }
}
