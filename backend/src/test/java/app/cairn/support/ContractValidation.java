package app.cairn.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link ContractFilter} as a global RestAssured filter before every {@code @QuarkusTest}
 * method (registered in META-INF/services), so every API test, present and future, has each of its
 * requests and responses checked against ../openapi.yaml without opting in.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }
}
