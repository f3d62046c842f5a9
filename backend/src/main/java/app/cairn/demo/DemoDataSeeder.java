package app.cairn.demo;

import app.cairn.common.config.CairnConfig;
import app.cairn.organizations.OrganizationRepository;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * Seeds the demo organization, Northwind Robotics, on the first start when CAIRN_DEMO_DATA is on.
 * Idempotent: once the organization exists, later starts keep its data and add nothing.
 */
@ApplicationScoped
public class DemoDataSeeder {

    public static final String DEMO_SLUG = "northwind";
    public static final String DEMO_PASSWORD = "cairn-demo";

    private final CairnConfig config;
    private final OrganizationRepository organizations;
    private final DemoOrganization demoOrganization;
    private final DemoObjectives demoObjectives;
    private final DemoSessions demoSessions;
    private final DemoCadence demoCadence;
    private final DemoReviews demoReviews;
    private final DemoFeedback demoFeedback;
    private final DemoNotifications demoNotifications;

    public DemoDataSeeder(
            CairnConfig config,
            OrganizationRepository organizations,
            DemoOrganization demoOrganization,
            DemoObjectives demoObjectives,
            DemoSessions demoSessions,
            DemoCadence demoCadence,
            DemoReviews demoReviews,
            DemoFeedback demoFeedback,
            DemoNotifications demoNotifications) {
        this.config = config;
        this.organizations = organizations;
        this.demoOrganization = demoOrganization;
        this.demoObjectives = demoObjectives;
        this.demoSessions = demoSessions;
        this.demoCadence = demoCadence;
        this.demoReviews = demoReviews;
        this.demoFeedback = demoFeedback;
        this.demoNotifications = demoNotifications;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            seed();
        }
    }

    /** Returns true when it created the demo organization, false when it was already there. */
    @Transactional
    public boolean seed() {
        if (organizations.findBySlug(DEMO_SLUG).isPresent()) {
            Log.infof("Demo organization '%s' already present: nothing added", DEMO_SLUG);
            return false;
        }
        var org = demoOrganization.create();
        demoObjectives.create(org);
        demoSessions.create(org);
        demoCadence.create(org);
        demoReviews.create(org);
        demoFeedback.create(org);
        demoNotifications.create(org);
        Log.infof(
                "Seeded the demo organization: sign in as alex.admin@example.com, morgan.manager@example.com"
                        + " or erin.employee@example.com with password '%s'",
                DEMO_PASSWORD);
        return true;
    }
}
