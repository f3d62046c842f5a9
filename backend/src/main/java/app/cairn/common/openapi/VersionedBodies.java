package app.cairn.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Splits a request body that one record serves for both creating (POST) and updating (PUT/PATCH) into
 * two schemas, so the contract says what the server checks: `Create<X>Request` has no `version` (a new
 * resource has none; the server ignores one), `Update<X>Request` requires it (the server answers 400
 * naming `version` without it, 409 when it is stale: {@code Versions.check}). Bodies used only by
 * updates keep their own name; there `version` stays optional only for a first save (upserts).
 */
final class VersionedBodies {

    private static final String PREFIX = "#/components/schemas/";
    private static final String VERSION = "version";

    private VersionedBodies() {}

    static void split(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<String> created = new TreeSet<>();
        Set<String> updated = new TreeSet<>();
        forEachBody(api, (method, media) -> {
            String name = versioned(media, components);
            if (name != null) {
                (method == PathItem.HttpMethod.POST ? created : updated).add(name);
            }
        });
        created.retainAll(updated);
        for (String name : created) {
            Schema shared = components.get(name);
            String base = name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
            api.getComponents().addSchema("Create" + base + "Request", copy(shared, false));
            api.getComponents().addSchema("Update" + base + "Request", copy(shared, true));
        }
        forEachBody(api, (method, media) -> {
            String name = versioned(media, components);
            if (name != null && created.contains(name)) {
                String base = name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
                media.getSchema()
                        .setRef(PREFIX + (method == PathItem.HttpMethod.POST ? "Create" : "Update") + base + "Request");
            }
        });
        created.forEach(api.getComponents()::removeSchema);
        // a split body nested in another (key results in an objective) is created with it
        Schemas.forEach(api, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(PREFIX) && created.contains(ref.substring(PREFIX.length()))) {
                schema.setRef(PREFIX + "Create" + base(ref.substring(PREFIX.length())));
            }
        });
        components.values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> {
                    if (p.getExtensions() != null) {
                        p.removeExtension(ContractConventions.CREATE_ONLY);
                    }
                });
            }
        });
    }

    private static String base(String name) {
        return (name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name) + "Request";
    }

    private interface BodyAction {
        void accept(PathItem.HttpMethod method, MediaType media);
    }

    private static void forEachBody(OpenAPI api, BodyAction action) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                var body = entry.getValue().getRequestBody();
                if (body != null
                        && body.getContent() != null
                        && body.getContent().getMediaTypes() != null) {
                    body.getContent().getMediaTypes().values().forEach(media -> action.accept(entry.getKey(), media));
                }
            }
        });
    }

    /** The component a body refers to when it has an optional `version`, else null. */
    private static String versioned(MediaType media, Map<String, Schema> components) {
        if (media.getSchema() == null || media.getSchema().getRef() == null) {
            return null;
        }
        String ref = media.getSchema().getRef();
        if (!ref.startsWith(PREFIX)) {
            return null;
        }
        String name = ref.substring(PREFIX.length());
        Schema schema = components.get(name);
        if (schema == null
                || schema.getProperties() == null
                || !schema.getProperties().containsKey(VERSION)) {
            return null;
        }
        return schema.getRequired() != null && schema.getRequired().contains(VERSION) ? null : name;
    }

    /** The description's first sentence (a shared body often adds one about updates). */
    private static String firstSentence(String description) {
        if (description == null || description.isBlank()) {
            return "";
        }
        int end = description.indexOf(". ");
        String first = end < 0 ? description.trim() : description.substring(0, end + 1);
        return first.endsWith(".") ? first : first + ".";
    }

    private static Schema copy(Schema shared, boolean update) {
        Map<String, Schema> properties = new LinkedHashMap<>(shared.getProperties());
        List<String> required =
                shared.getRequired() == null ? new ArrayList<>() : new ArrayList<>(shared.getRequired());
        properties.remove(VERSION);
        if (update) {
            properties
                    .entrySet()
                    .removeIf(p -> p.getValue().getExtensions() != null
                            && p.getValue().getExtensions().containsKey(ContractConventions.CREATE_ONLY));
        }
        String description = firstSentence(shared.getDescription());
        if (update) {
            properties.put(
                    VERSION,
                    OASFactory.createSchema()
                            .addType(SchemaType.INTEGER)
                            .format("int32")
                            .description("The version you loaded: a stale one is a 409 and nothing is written"));
            required.add(VERSION);
            description += " Send all fields with the version you loaded: a stale version is a 409.";
        }
        Schema copy = OASFactory.createSchema()
                .type(shared.getType() == null ? null : new ArrayList<>(shared.getType()))
                .description(description)
                .properties(properties)
                .required(required);
        copy.setExample(shared.getExample());
        copy.setAdditionalPropertiesSchema(shared.getAdditionalPropertiesSchema());
        return copy;
    }
}
