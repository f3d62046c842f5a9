package app.cairn.common.web;

import app.cairn.common.error.ApiException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a NUL character in any query or path parameter before a resource reads it (PostgreSQL text
 * cannot hold one): a 400 naming the parameter, for every endpoint at once. Bodies are checked while
 * they are read (see `common/json/StrictValues`).
 */
public class ParameterText {

    @ServerRequestFilter
    public void refuseNulCharacters(UriInfo uri) {
        check(uri.getQueryParameters());
        check(uri.getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0);
            if (nul) {
                throw ApiException.invalid(
                        parameter.getKey().replace("\0", "\\u0000"), "must not contain NUL (\\u0000) characters");
            }
        }
    }
}
