package app.cairn.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a list operation (one taking {@link PageQuery}) can be sorted by: `sort=field` or
 * `sort=-field`. One source for the contract (the `sort` parameter's enum, written by
 * `SortDocumenter`) and the server ({@link SortCheck} answers 400 naming `sort` for anything else). A
 * list without this annotation has one fixed order: it declares no `sort` and refuses one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SortFields {

    /** The field names, without the `-` prefix. */
    String[] value();
}
