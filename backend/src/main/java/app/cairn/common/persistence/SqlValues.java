package app.cairn.common.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads values of native query rows, whichever Java type the driver chose for them. */
public final class SqlValues {

    private SqlValues() {}

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
