package app.cairn.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation no API token may call, whatever its scopes: sensitive content (1:1 private notes, who
 * rated whom in a 360) and managing credentials themselves. Signed-in people only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TokensRefused {

    /** Why, for the 403 and the API document. */
    String value() default "This operation is not available to API tokens.";
}
