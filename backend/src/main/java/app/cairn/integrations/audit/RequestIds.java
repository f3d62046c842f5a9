package app.cairn.integrations.audit;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request's id: the client's `X-Request-Id` when it is a sane token, else one made up once per request. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "cairn.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {}

    public static String of(RoutingContext context) {
        String id = context.get(KEY);
        if (id == null) {
            String sent = context.request().getHeader(HEADER);
            id = sent != null && SANE.matcher(sent).matches()
                    ? sent
                    : UUID.randomUUID().toString();
            context.put(KEY, id);
        }
        return id;
    }
}
