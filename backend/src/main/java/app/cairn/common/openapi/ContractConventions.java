package app.cairn.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The conventions that make the contract say what the server does, applied to every schema so that
 * a new DTO complies without anyone thinking of it (docs/api.md, "Nullability"):
 *
 * <ul>
 *   <li>A property is required (always present, never null) when it is {@code @Schema(required =
 *       true)}, {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}. Every other property may be
 *       absent or null, and is declared nullable.
 *   <li>Java value types (UUID, Instant, LocalDate, …) are inlined as a string with a format, never
 *       schemas of their own; a reference carries no sibling {@code type}.
 *   <li>An operation without security says so: {@code security: []}.
 * </ul>
 */
public final class ContractConventions {

    private static final String PREFIX = "#/components/schemas/";

    /** {@code @Schema(extensions = @Extension(name = NULLABLE_ITEMS, value = "true"))}: a list with null items. */
    public static final String NULLABLE_ITEMS = "x-nullable-items";

    /**
     * {@code @Schema(extensions = @Extension(name = CREATE_ONLY, value = "true"))}: a field of a body shared
     * by create and update that only creating reads; the update schema leaves it out ({@link VersionedBodies}).
     */
    public static final String CREATE_ONLY = "x-create-only";

    private ContractConventions() {}

    static void apply(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents().getSchemas();
        Map<String, Schema> scalars = new TreeMap<>();
        components.forEach((name, schema) -> {
            if (isScalar(schema)) {
                scalars.put(name, schema);
            }
        });
        Schemas.forEach(api, schema -> inlineScalars(schema, scalars));
        Schemas.forEach(api, ContractConventions::noTypeBesideRef);
        scalars.keySet().forEach(api.getComponents()::removeSchema);
        VersionedBodies.split(api);
        Schemas.forEach(api, schema -> nullableUnlessRequired(schema, components));
        idParametersAreUuids(api);
        createdNamesLocation(api);
        headersHaveSchemas(api);
        publicOperationsSaySo(api);
    }

    /**
     * A parameter named `id`, `…Id` or `…Ids` (and `reportsOf`, a person) carries a UUID: the server
     * answers 400 naming it for anything else ({@code Ids.parseOptional}), so the contract says {@code
     * format: uuid} even where the Java parameter is a String.
     */
    private static void idParametersAreUuids(OpenAPI api) {
        Schemas.forEachOperation(api, operation -> {
            if (operation.getParameters() == null) {
                return;
            }
            operation.getParameters().forEach(parameter -> {
                if (isIdName(parameter.getName()) && parameter.getSchema() != null) {
                    Schema schema = parameter.getSchema();
                    Schema target = schema.getItems() != null ? schema.getItems() : schema;
                    if (target.getRef() == null
                            && target.getFormat() == null
                            && target.getType() != null
                            && target.getType().contains(SchemaType.STRING)) {
                        target.setFormat("uuid");
                    }
                }
            });
        });
    }

    static boolean isIdName(String name) {
        return name != null
                && (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids") || name.equals("reportsOf"));
    }

    /** Every 201 names what it created in a `Location` header ({@code app.cairn.common.web.Created}). */
    private static void createdNamesLocation(OpenAPI api) {
        Schemas.forEachOperation(api, operation -> {
            if (operation.getResponses() == null || !operation.getResponses().hasAPIResponse("201")) {
                return;
            }
            var created = operation.getResponses().getAPIResponse("201");
            if (created.getHeaders() == null || !created.getHeaders().containsKey("Location")) {
                created.addHeader(
                        "Location",
                        OASFactory.createHeader()
                                .required(true)
                                .description("The address of what was created, or of the list that shows it where"
                                        + " it has no address of its own")
                                .schema(OASFactory.createSchema()
                                        .addType(SchemaType.STRING)
                                        .format("uri")));
            }
        });
    }

    /** Response headers are strings unless they say otherwise (a header needs a schema). */
    private static void headersHaveSchemas(OpenAPI api) {
        Schemas.forEachOperation(api, operation -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> {
                        if (header.getSchema() == null && header.getRef() == null) {
                            header.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
                        }
                    });
                }
            });
        });
    }

    /** An operation without a security requirement says so with {@code security: []}. */
    private static void publicOperationsSaySo(OpenAPI api) {
        Schemas.forEachOperation(api, operation -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
        });
    }

    /** A component that is a plain string or number (UUID, Instant, LocalDate), not an enum or object. */
    private static boolean isScalar(Schema schema) {
        List<SchemaType> type = schema.getType();
        return schema.getRef() == null
                && schema.getEnumeration() == null
                && schema.getProperties() == null
                && type != null
                && type.size() == 1
                && type.get(0) != SchemaType.OBJECT
                && type.get(0) != SchemaType.ARRAY;
    }

    private static void inlineScalars(Schema schema, Map<String, Schema> scalars) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && anyOf.size() == 2) {
            // `@Schema(nullable = true) Instant x` reads anyOf: [$ref Instant, {type: null}]
            Schema target = scalar(anyOf.get(0).getRef(), scalars);
            List<SchemaType> second = anyOf.get(1).getType();
            if (target != null && second != null && second.equals(List.of(SchemaType.NULL))) {
                schema.setAnyOf(null);
                copy(target, schema);
                List<SchemaType> type = new ArrayList<>(schema.getType());
                if (!type.contains(SchemaType.NULL)) {
                    type.add(SchemaType.NULL);
                }
                schema.setType(type);
            }
        }
        if (schema.getExtensions() != null && schema.getExtensions().containsKey(NULLABLE_ITEMS)) {
            schema.removeExtension(NULLABLE_ITEMS);
            if (schema.getItems() != null && schema.getItems().getType() != null) {
                List<SchemaType> type = new ArrayList<>(schema.getItems().getType());
                type.add(SchemaType.NULL);
                schema.getItems().setType(type);
            }
        }
        Schema target = scalar(schema.getRef(), scalars);
        if (target != null) {
            schema.setRef(null);
            copy(target, schema);
        }
        List<Schema> allOf = schema.getAllOf();
        if (allOf != null && allOf.size() == 1 && scalar(allOf.get(0).getRef(), scalars) != null) {
            schema.setAllOf(null);
            copy(scalar(allOf.get(0).getRef(), scalars), schema);
        }
    }

    /** A reference's type is its target's: a sibling {@code type} only confuses generators. */
    private static void noTypeBesideRef(Schema schema) {
        if (schema.getRef() != null) {
            schema.setType(null);
        }
    }

    private static Schema scalar(String ref, Map<String, Schema> scalars) {
        return ref != null && ref.startsWith(PREFIX) ? scalars.get(ref.substring(PREFIX.length())) : null;
    }

    private static void copy(Schema from, Schema to) {
        List<SchemaType> type = new ArrayList<>(from.getType());
        if (to.getType() != null && to.getType().contains(SchemaType.NULL)) {
            type.add(SchemaType.NULL);
        }
        to.setType(type);
        if (to.getFormat() == null) {
            to.setFormat(from.getFormat());
        }
    }

    private static void nullableUnlessRequired(Schema schema, Map<String, Schema> components) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name)) {
                nullable(property, components);
            }
        });
    }

    /**
     * Lets the property be null: {@code type: [x, null]}; a reference becomes {@code type: [x, null],
     * allOf: [$ref]} with x its target's type, which the 3.0 document renders as {@code type: x,
     * nullable: true, allOf: [$ref]}.
     */
    private static void nullable(Schema property, Map<String, Schema> components) {
        String ref = property.getRef();
        if (ref != null) {
            Schema target = ref.startsWith(PREFIX) ? components.get(ref.substring(PREFIX.length())) : null;
            SchemaType type = target != null
                            && target.getType() != null
                            && !target.getType().isEmpty()
                    ? target.getType().get(0)
                    : SchemaType.OBJECT;
            property.setRef(null);
            property.setAllOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(ref))));
            property.setType(new ArrayList<>(List.of(type, SchemaType.NULL)));
            return;
        }
        List<SchemaType> type = property.getType();
        if (type != null && !type.isEmpty() && !type.contains(SchemaType.NULL)) {
            List<SchemaType> withNull = new ArrayList<>(type);
            withNull.add(SchemaType.NULL);
            property.setType(withNull);
        }
    }
}
