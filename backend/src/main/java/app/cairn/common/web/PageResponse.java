package app.cairn.common.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: `{items, page, size, total}`, pages counted from 0. */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,

        @Schema(required = true, description = "The page number, from 0")
        int page,

        @Schema(required = true, description = "The page size asked for")
        int size,

        @Schema(required = true, description = "How many items match in all")
        long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
