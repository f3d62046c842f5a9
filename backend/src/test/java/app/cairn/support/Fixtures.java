package app.cairn.support;

import app.cairn.auth.PasswordHasher;
import app.cairn.auth.SignInSessions;
import app.cairn.auth.TokenService;
import app.cairn.organizations.Organization;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.people.Role;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.teams.Team;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Builds a small, fresh organization per test class, so tests never depend on each other's data:
 * an admin; a skip-level manager above a manager; two reports of that manager (employee and peer).
 */
@ApplicationScoped
public class Fixtures {

    /** Seeded straight into the database, like the demo accounts: not held to the password policy. */
    public static final String PASSWORD = "correct-horse-9";

    private static final String HASH = PasswordHasher.hash(PASSWORD);

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final PeriodRepository periods;
    private final TokenService tokens;
    private final SignInSessions sessions;

    public Fixtures(
            OrganizationRepository organizations,
            PersonRepository people,
            TeamRepository teams,
            PeriodRepository periods,
            TokenService tokens,
            SignInSessions sessions) {
        this.organizations = organizations;
        this.people = people;
        this.teams = teams;
        this.periods = periods;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** A test organization and its people; `token(person)` signs a valid access token for one of them. */
    public record TestOrg(
            Organization org,
            Team team,
            Period period,
            Person admin,
            Person skipLevel,
            Person manager,
            Person employee,
            Person peer) {}

    @Transactional
    public TestOrg org() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organization org = new Organization();
        org.name = "Test Org " + suffix;
        org.slug = "test-" + suffix;
        organizations.persist(org);

        Team team = new Team();
        team.orgId = org.id;
        team.name = "Team " + suffix;
        teams.persist(team);

        Period period = new Period();
        period.orgId = org.id;
        period.name = "Quarter " + suffix;
        period.startDate = LocalDate.now().withDayOfMonth(1);
        period.endDate = period.startDate.plusMonths(3).minusDays(1);
        periods.persist(period);

        Person admin = person(org, "admin-" + suffix + "@test.example", "Ada Admin", null, null, true);
        Person skip = person(org, "skip-" + suffix + "@test.example", "Sid Skip", null, team.id, false);
        Person manager = person(org, "manager-" + suffix + "@test.example", "Mia Manager", skip.id, team.id, false);
        Person employee =
                person(org, "employee-" + suffix + "@test.example", "Eli Employee", manager.id, team.id, false);
        Person peer = person(org, "peer-" + suffix + "@test.example", "Pat Peer", manager.id, team.id, false);
        return new TestOrg(org, team, period, admin, skip, manager, employee, peer);
    }

    @Transactional
    public Person addPerson(UUID orgId, String email, String name, UUID managerId, boolean admin) {
        Organization org = organizations.findById(orgId);
        return person(org, email, name, managerId, null, admin);
    }

    /** Replaces the person's password (hashed as the application does), bypassing the policy. */
    @Transactional
    public void setPassword(Person person, String password) {
        people.update("passwordHash = ?1 where id = ?2", PasswordHasher.hash(password), person.id);
    }

    /** Signs the person in (a new session, as a login would) and returns the access token. */
    public String token(Person person) {
        return tokens.issue(person, sessions.open(person).session().id).token();
    }

    private Person person(Organization org, String email, String name, UUID managerId, UUID teamId, boolean admin) {
        Person person = new Person();
        person.orgId = org.id;
        person.email = email;
        person.name = name;
        person.title = "Tester";
        person.managerId = managerId;
        person.teamId = teamId;
        person.roles = admin ? EnumSet.of(Role.ADMIN, Role.EMPLOYEE) : EnumSet.of(Role.EMPLOYEE);
        person.passwordHash = HASH;
        person.emailVerifiedAt = Instant.now();
        people.persist(person);
        people.flush();
        return person;
    }
}
