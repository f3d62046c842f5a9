package app.cairn.common.openapi;

import app.cairn.common.security.ApiArea;
import app.cairn.common.security.ScopeCheck;
import app.cairn.common.security.TokenScope;
import app.cairn.common.security.TokensRefused;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Writes each operation's API-token scope ({@link TokenScope}, the rule {@link ScopeCheck} enforces)
 * into the OpenAPI document: an `apiToken` security requirement, a sentence in the description, and the extension
 * `x-token-scope` (the scope, or `none` where tokens are refused, with `x-token-refusal` saying why).
 * It also documents the 429 answer of the API rate limits on every operation.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TokenScopeDocumenter implements OASFilter {

    static final String SCHEME = "apiToken";
    private static final DotName OPERATION =
            DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);

    private final Map<String, ScopeCheck.Required> byOperationId = new HashMap<>();

    public TokenScopeDocumenter(IndexView index) {
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            AnnotationValue id = operation.value("operationId");
            if (id == null || operation.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = operation.target().asMethod();
            if (!method.hasDeclaredAnnotation(PermitAll.class)
                    && !method.declaringClass().hasDeclaredAnnotation(PermitAll.class)) {
                byOperationId.put(id.asString(), required(method, method.declaringClass()));
            }
        }
    }

    /** The same rule as {@link ScopeCheck#required}, read from the index rather than by reflection. */
    private static ScopeCheck.Required required(MethodInfo method, ClassInfo type) {
        AnnotationInstance refused = method.declaredAnnotation(TokensRefused.class);
        if (refused != null) {
            return new ScopeCheck.Required(null, text(refused));
        }
        AnnotationInstance scope = method.declaredAnnotation(TokenScope.class);
        if (scope == null) {
            AnnotationInstance classRefused = type.declaredAnnotation(TokensRefused.class);
            if (classRefused != null) {
                return new ScopeCheck.Required(null, text(classRefused));
            }
            scope = type.declaredAnnotation(TokenScope.class);
        }
        if (scope == null) {
            return new ScopeCheck.Required(null, "This operation is not available to API tokens.");
        }
        ApiArea area = ApiArea.valueOf(scope.value().asEnum());
        AnnotationValue access = scope.value("access");
        TokenScope.Access mode =
                access == null ? TokenScope.Access.BY_METHOD : TokenScope.Access.valueOf(access.asEnum());
        boolean read = method.hasDeclaredAnnotation(GET.class) || method.hasDeclaredAnnotation(HEAD.class);
        return new ScopeCheck.Required(ScopeCheck.scope(area, mode, read), null);
    }

    private static String text(AnnotationInstance refused) {
        AnnotationValue value = refused.value();
        return value == null ? "This operation is not available to API tokens." : value.asString();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        SCHEME,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("cairn_…")
                                .description("An API token (personal or a service account's), narrowed to the"
                                        + " scopes listed on each operation; a write scope includes its read scope"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(this::document));
    }

    private void document(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "429",
                            ProblemResponsesFilter.problem("Rate limit exceeded: wait Retry-After seconds (see the"
                                            + " RateLimit and RateLimit-Policy headers every answer carries)")
                                    .addHeader(
                                            "Retry-After",
                                            OASFactory.createHeader()
                                                    .description("Seconds to wait")
                                                    .schema(OASFactory.createSchema()
                                                            .addType(
                                                                    org.eclipse.microprofile.openapi.models.media.Schema
                                                                            .SchemaType.INTEGER))));
        }
        ScopeCheck.Required required = byOperationId.get(operation.getOperationId());
        if (required == null
                || operation.getSecurity() == null
                || operation.getSecurity().isEmpty()) {
            return;
        }
        if (required.scope() == null) {
            operation.addExtension("x-token-scope", "none");
            operation.addExtension("x-token-refusal", required.refusal());
            return;
        }
        operation.addExtension("x-token-scope", required.scope());
        List<SecurityRequirement> security = new ArrayList<>(operation.getSecurity());
        // OpenAPI 3.0 lets only oauth2/openIdConnect requirements carry scopes: the bearer scheme's list
        // stays empty and the scope is in x-token-scope (and in the operation's description).
        security.add(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of()));
        String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
        operation.setDescription(description + "API tokens need the scope `" + required.scope() + "`.");
        operation.setSecurity(security);
    }
}
