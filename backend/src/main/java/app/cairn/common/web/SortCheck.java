package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the `sort` parameter of every list against the operation's {@link SortFields} before the
 * resource runs: a field it does not list, or any `sort` on a list with a fixed order, is a 400 naming
 * `sort` — the same rule the contract states, so the two cannot drift apart.
 */
public class SortCheck {

    @ServerRequestFilter
    public void checkSort(ContainerRequestContext context, ResourceInfo resource) {
        List<String> requested = context.getUriInfo().getQueryParameters().get("sort");
        Method method = resource.getResourceMethod();
        if (requested == null || method == null || !takesPage(method)) {
            return;
        }
        SortFields fields = method.getAnnotation(SortFields.class);
        for (String value : requested) {
            String field = value.trim().startsWith("-") ? value.trim().substring(1) : value.trim();
            if (field.isEmpty()) {
                continue;
            }
            if (fields == null) {
                throw ApiException.invalid("sort", "this list has a fixed order and cannot be sorted");
            }
            if (!Arrays.asList(fields.value()).contains(field)) {
                throw ApiException.invalid(
                        "sort", "must be one of " + String.join(", ", fields.value()) + " (prefix - to reverse)");
            }
        }
    }

    private static boolean takesPage(Method method) {
        return Arrays.asList(method.getParameterTypes()).contains(PageQuery.class);
    }
}
