package app.cairn.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/**
 * The 201 answers of the API: the created resource as JSON with a `Location` (the contract declares it on
 * every 201). Location is the created resource's own address, or, for what has none of its own (a
 * check-in, a comment, objectives created in bulk), the address of the list that shows it.
 */
public final class Created {

    private Created() {}

    /** 201 with `Location: <base>/<path with {id}>` and the body. */
    public static Response at(UriInfo uri, String path, UUID id, Object body) {
        return Response.created(uri.getBaseUriBuilder().path(path).build(id))
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }

    /** 201 with this `Location` and the body. */
    public static Response at(URI location, Object body) {
        return Response.created(location)
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }
}
