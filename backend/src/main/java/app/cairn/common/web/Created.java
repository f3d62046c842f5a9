package app.cairn.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The 201 answers of the API: the created resource as JSON, with a Location when it has its own address. */
public final class Created {

    private Created() {}

    /** 201 with `Location: <base>/<path with {id}>` and the body. */
    public static Response at(UriInfo uri, String path, UUID id, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(path).build(id))
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }

    /** 201 with the body, for results without an address of their own (check-ins, copies). */
    public static Response body(Object body) {
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }
}
