package app.cairn.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The contract conventions, then the shared error answers. Runs at build time only, after the other
 * build filters (lowest priority): the document is final in the jar, so a start does not rebuild it
 * (as an {@code mp.openapi.filter} it was re-run at every start, about a third of the start's CPU).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class CairnOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ContractConventions.apply(openAPI);
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
    }
}
