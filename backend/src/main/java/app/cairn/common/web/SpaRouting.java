package app.cairn.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the SPA's index.html for its client-side routes (`/objectives/123`), so deep links and
 * reloads work. The API (`/api`), Quarkus endpoints (`/q`) and files with an extension pass through.
 */
@ApplicationScoped
public class SpaRouting {

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    String path = rc.normalizedPath();
                    boolean spaRoute = "GET".equals(rc.request().method().name())
                            && !path.equals("/")
                            && !path.startsWith("/api/")
                            && !path.equals("/api")
                            && !path.startsWith("/q/")
                            && !path.equals("/q")
                            && !path.substring(path.lastIndexOf('/') + 1).contains(".");
                    if (spaRoute) {
                        rc.reroute("/");
                    } else {
                        rc.next();
                    }
                },
                100);
    }
}
