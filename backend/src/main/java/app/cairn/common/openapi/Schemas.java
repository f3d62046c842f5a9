package app.cairn.common.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** Walks every schema of an OpenAPI document: components, parameters, bodies and all that they nest. */
final class Schemas {

    private Schemas() {}

    static void forEachOperation(OpenAPI api, Consumer<Operation> action) {
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().values().forEach(action));
        }
    }

    static void forEach(OpenAPI api, Consumer<Schema> action) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> roots = new ArrayList<>();
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            roots.addAll(api.getComponents().getSchemas().values());
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> add(roots, p.getSchema()));
                }
                item.getOperations().values().forEach(op -> {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> add(roots, p.getSchema()));
                    }
                    if (op.getRequestBody() != null) {
                        addContent(roots, op.getRequestBody().getContent());
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                        op.getResponses().getAPIResponses().values().forEach(r -> {
                            addContent(roots, r.getContent());
                            if (r.getHeaders() != null) {
                                r.getHeaders().values().forEach(h -> add(roots, h.getSchema()));
                            }
                        });
                    }
                });
            });
        }
        roots.forEach(root -> visit(root, action, seen));
    }

    private static void addContent(List<Schema> roots, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> add(roots, m.getSchema()));
        }
    }

    private static void add(List<Schema> roots, Schema schema) {
        if (schema != null) {
            roots.add(schema);
        }
    }

    private static void visit(Schema schema, Consumer<Schema> action, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> visit(p, action, seen));
        }
        visit(schema.getItems(), action, seen);
        visit(schema.getAdditionalPropertiesSchema(), action, seen);
        for (List<Schema> list :
                List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            list.forEach(s -> visit(s, action, seen));
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
