package app.cairn.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the API still refuses (a NUL character, a date beyond what the
 * database stores). Jackson adds the field's path as it unwinds; {@link ProblemMappers} answers 400
 * naming that field with {@link #reason()}.
 */
public class InvalidValueException extends MismatchedInputException {

    private final String reason;

    public InvalidValueException(JsonParser parser, String reason, Class<?> targetType) {
        super(parser, reason, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
