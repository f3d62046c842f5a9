package app.cairn.sessions;

import static app.cairn.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cancelled 1:1's free-text reason is content: participants read it, an admin's metadata view does not. */
@QuarkusTest
class CancelReasonPrivacyTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldHideTheCancelReasonFromANonParticipantAdmin() {
        TestOrg org = fixtures.org();
        String manager = fixtures.token(org.manager());
        String employee = fixtures.token(org.employee());
        String admin = fixtures.token(org.admin());
        String id = SessionApi.scheduleId(manager, org.manager().id, org.employee().id, SessionApi.future(2), "NONE");
        as(manager)
                .body(Map.of("scope", "OCCURRENCE", "reason", "Family matters, back next week", "version", 0))
                .post(SessionApi.SESSIONS + "/" + id + "/cancel")
                .then()
                .statusCode(200);

        as(employee)
                .get(SessionApi.SESSIONS + "/" + id)
                .then()
                .body("cancelReason", equalTo("Family matters, back next week"));
        as(admin)
                .get(SessionApi.SESSIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("contentVisible", equalTo(false))
                .body("cancelReason", nullValue());
    }
}
