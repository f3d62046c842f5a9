package app.cairn.feedback;

import static app.cairn.feedback.FeedbackApi.FEEDBACK;
import static app.cairn.feedback.FeedbackApi.PRAISE;
import static app.cairn.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.cairn.support.Fixtures;
import app.cairn.support.Fixtures.TestOrg;
import app.cairn.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No N+1: a page of feedback costs the same number of statements for 2 items as for 20. */
@QuarkusTest
class FeedbackQueryCountTest {

    @Inject
    Fixtures fixtures;

    @Inject
    StatementCounter counter;

    @Test
    void shouldReadAPageInAFixedNumberOfStatements() {
        TestOrg org = fixtures.org();
        String admin = fixtures.token(org.admin());
        String peer = fixtures.token(org.peer());
        String manager = fixtures.token(org.manager());
        String value = FeedbackApi.value(admin, "Care");
        for (int i = 0; i < 20; i++) {
            String id = FeedbackApi.praise(peer, org.employee().id, "Thanks " + i, List.of(value));
            as(manager).body(Map.of("reaction", "CLAP")).post(PRAISE + "/" + id + "/reactions");
            FeedbackApi.give(peer, org.employee().id, "Note " + i, "MANAGERS");
        }
        for (String path : List.of(FEEDBACK + "?scope=about-my-reports", PRAISE, FEEDBACK + "?scope=all")) {
            String token = path.contains("all") ? admin : manager;
            assertEquals(
                    counter.statements(token, path + sep(path) + "size=2"),
                    counter.statements(token, path + sep(path) + "size=20"),
                    path);
        }
    }

    private static String sep(String path) {
        return path.contains("?") ? "&" : "?";
    }
}
