package app.cairn.common.openapi;

import app.cairn.common.web.SortFields;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Writes each list's {@link SortFields} into its `sort` parameter as an enum (`field` and `-field`);
 * a list without them has a fixed order, so its `sort` parameter is left out of the contract (the
 * server refuses one: {@code SortCheck}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class SortDocumenter implements OASFilter {

    private static final DotName OPERATION =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);
    private static final DotName SORT_FIELDS = DotName.createSimple(SortFields.class);

    private final Map<String, List<String>> byOperationId = new HashMap<>();

    public SortDocumenter(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            AnnotationValue id = operation.value("operationId");
            if (id == null || operation.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            AnnotationInstance fields = operation.target().asMethod().declaredAnnotation(SORT_FIELDS);
            if (fields != null) {
                byOperationId.put(id.asString(), Arrays.asList(fields.value().asStringArray()));
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schemas.forEachOperation(openAPI, this::document);
    }

    private void document(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : new ArrayList<>(operation.getParameters())) {
            if (!"sort".equals(parameter.getName()) || parameter.getIn() != Parameter.In.QUERY) {
                continue;
            }
            List<String> fields = byOperationId.get(operation.getOperationId());
            if (fields == null) {
                operation.removeParameter(parameter);
                continue;
            }
            List<Object> values = new ArrayList<>();
            fields.forEach(field -> {
                values.add(field);
                values.add("-" + field);
            });
            parameter.setSchema(
                    OASFactory.createSchema().addType(SchemaType.STRING).enumeration(values));
            parameter.setDescription("Sort by one field, `-` before it for descending (default order when absent)");
        }
    }
}
