package app.cairn.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The one OpenAPI filter (mp.openapi.filter): the contract conventions, then the shared error answers. */
public class CairnOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ContractConventions.apply(openAPI);
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
    }
}
