package app.cairn.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API token needs for an operation: on a resource class for all its operations, or on a
 * method to override it. Reads (GET, HEAD) need `area:read`, everything else `area:write`, unless
 * {@link #access()} says otherwise. {@link ScopeCheck} enforces it; {@code TokenScopeDocumenter}
 * writes it into the OpenAPI document. An operation without one refuses API tokens.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TokenScope {

    ApiArea value();

    Access access() default Access.BY_METHOD;

    enum Access {
        BY_METHOD,
        READ,
        WRITE
    }
}
