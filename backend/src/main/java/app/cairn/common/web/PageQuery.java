package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list takes: `page` (from 0), `size` (1–200), `sort` (`field` or `-field`).
 * The highest page keeps `page × size` (the row offset) within a 32-bit integer for any size.
 */
public class PageQuery {

    /** The highest page number: `MAX_PAGE × 200` still fits in an int. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
    @Parameter(description = "Page number, from 0 (at most 10737418)")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and 200")
    @Max(value = 200, message = "must be between 1 and 200")
    @Parameter(description = "Page size, 1 to 200")
    public int size;

    @QueryParam("sort")
    @Parameter(description = "Sort field; prefix with `-` for descending")
    public String sort;

    public static PageQuery of(int page, int size) {
        PageQuery query = new PageQuery();
        query.page = page;
        query.size = size;
        return query;
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /**
     * An `order by` clause for {@link #sort}, translated through the allowed fields (API name → query
     * expression), with `tieBreaker` last so pages are stable. A field not in the map is a 400 naming `sort`.
     */
    public String orderBy(Map<String, String> allowed, String defaultField, String tieBreaker) {
        String requested = sort == null || sort.isBlank() ? defaultField : sort.trim();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String expression = allowed.get(field);
        if (expression == null) {
            throw ApiException.invalid(
                    "sort", "must be one of " + String.join(", ", allowed.keySet()) + " (prefix - to reverse)");
        }
        return " order by " + expression + (descending ? " desc nulls last" : " asc nulls last") + ", " + tieBreaker;
    }
}
