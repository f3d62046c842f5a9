package app.cairn.demo;

import app.cairn.auth.PasswordHasher;
import app.cairn.organizations.Organization;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import app.cairn.people.PersonHistory;
import app.cairn.people.PersonRepository;
import app.cairn.people.Role;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.teams.Team;
import app.cairn.teams.TeamRepository;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Northwind Robotics: 40 people in 5 teams, a CEO → VP → manager → engineer chain. The three demo accounts are Alex (admin), Morgan (manager of
 * five, managed by Jordan) and Erin (one of Morgan's reports). Three quarters as periods (the
 * current one and the two before it); dates are days in the organization's zone.
 */
@ApplicationScoped
public class DemoOrganization {

    /** email, name, title, team, manager's email, admin? — managers come before their reports. */
    private static final String[][] PEOPLE = {
        {"sam.taylor@example.com", "Sam Taylor", "Chief Executive Officer", "Leadership", "", ""},
        {"maya.chen@example.com", "Maya Chen", "Executive Assistant", "Leadership", "sam.taylor@example.com", ""},
        {
            "alex.admin@example.com",
            "Alex Kim",
            "Head of People",
            "People & Operations",
            "sam.taylor@example.com",
            "admin"
        },
        {"nina.patel@example.com", "Nina Patel", "People Partner", "People & Operations", "alex.admin@example.com", ""},
        {"omar.haddad@example.com", "Omar Haddad", "Recruiter", "People & Operations", "alex.admin@example.com", ""},
        {"grace.obi@example.com", "Grace Obi", "Office Manager", "People & Operations", "alex.admin@example.com", ""},
        {"lee.park@example.com", "Lee Park", "Chief Financial Officer", "Leadership", "sam.taylor@example.com", ""},
        {"ivan.petrov@example.com", "Ivan Petrov", "Finance Analyst", "People & Operations", "lee.park@example.com", ""
        },
        {"zoe.martin@example.com", "Zoe Martin", "Accountant", "People & Operations", "lee.park@example.com", ""},
        {"jordan.blake@example.com", "Jordan Blake", "VP Engineering", "Engineering", "sam.taylor@example.com", ""},
        {"kai.nakamura@example.com", "Kai Nakamura", "Staff Engineer", "Engineering", "jordan.blake@example.com", ""},
        {
            "morgan.manager@example.com",
            "Morgan Lee",
            "Engineering Manager, Platform",
            "Platform",
            "jordan.blake@example.com",
            ""
        },
        {"erin.employee@example.com", "Erin Walsh", "Software Engineer", "Platform", "morgan.manager@example.com", ""},
        {
            "felix.wagner@example.com",
            "Felix Wagner",
            "Senior Software Engineer",
            "Platform",
            "morgan.manager@example.com",
            ""
        },
        {
            "hana.suzuki@example.com",
            "Hana Suzuki",
            "Site Reliability Engineer",
            "Platform",
            "morgan.manager@example.com",
            ""
        },
        {"luis.garcia@example.com", "Luis Garcia", "Software Engineer", "Platform", "morgan.manager@example.com", ""},
        {"ruth.adeyemi@example.com", "Ruth Adeyemi", "QA Engineer", "Platform", "morgan.manager@example.com", ""},
        {
            "priya.shah@example.com",
            "Priya Shah",
            "Engineering Manager, Robotics",
            "Engineering",
            "jordan.blake@example.com",
            ""
        },
        {"tom.becker@example.com", "Tom Becker", "Robotics Engineer", "Engineering", "priya.shah@example.com", ""},
        {"aisha.khan@example.com", "Aisha Khan", "Controls Engineer", "Engineering", "priya.shah@example.com", ""},
        {"ben.olsen@example.com", "Ben Olsen", "Embedded Engineer", "Engineering", "priya.shah@example.com", ""},
        {"chloe.dubois@example.com", "Chloe Dubois", "Perception Engineer", "Engineering", "priya.shah@example.com", ""
        },
        {"diego.santos@example.com", "Diego Santos", "Hardware Engineer", "Engineering", "priya.shah@example.com", ""},
        {"elena.rossi@example.com", "Elena Rossi", "Robotics Engineer", "Engineering", "priya.shah@example.com", ""},
        {"farid.aziz@example.com", "Farid Aziz", "Test Technician", "Engineering", "priya.shah@example.com", ""},
        {"chris.ortega@example.com", "Chris Ortega", "VP Sales", "Sales", "sam.taylor@example.com", ""},
        {"uma.reddy@example.com", "Uma Reddy", "Sales Operations Analyst", "Sales", "chris.ortega@example.com", ""},
        {"dana.white@example.com", "Dana White", "Sales Manager, EMEA", "Sales", "chris.ortega@example.com", ""},
        {"george.hall@example.com", "George Hall", "Account Executive", "Sales", "dana.white@example.com", ""},
        {"isla.murphy@example.com", "Isla Murphy", "Account Executive", "Sales", "dana.white@example.com", ""},
        {"jack.evans@example.com", "Jack Evans", "Sales Engineer", "Sales", "dana.white@example.com", ""},
        {"kira.novak@example.com", "Kira Novak", "Account Executive", "Sales", "dana.white@example.com", ""},
        {"liam.byrne@example.com", "Liam Byrne", "Business Development Rep", "Sales", "dana.white@example.com", ""},
        {"mia.costa@example.com", "Mia Costa", "Customer Success Manager", "Sales", "dana.white@example.com", ""},
        {
            "taylor.brooks@example.com",
            "Taylor Brooks",
            "Sales Manager, Americas",
            "Sales",
            "chris.ortega@example.com",
            ""
        },
        {"noah.reed@example.com", "Noah Reed", "Account Executive", "Sales", "taylor.brooks@example.com", ""},
        {"olivia.grant@example.com", "Olivia Grant", "Account Executive", "Sales", "taylor.brooks@example.com", ""},
        {"paul.young@example.com", "Paul Young", "Sales Engineer", "Sales", "taylor.brooks@example.com", ""},
        {
            "quinn.harper@example.com",
            "Quinn Harper",
            "Business Development Rep",
            "Sales",
            "taylor.brooks@example.com",
            ""
        },
        {"rosa.lopez@example.com", "Rosa Lopez", "Customer Success Manager", "Sales", "taylor.brooks@example.com", ""},
    };

    /** team name, parent team name, lead's email */
    private static final String[][] TEAMS = {
        {"Leadership", "", "sam.taylor@example.com"},
        {"Engineering", "Leadership", "jordan.blake@example.com"},
        {"Platform", "Engineering", "morgan.manager@example.com"},
        {"Sales", "Leadership", "chris.ortega@example.com"},
        {"People & Operations", "Leadership", "alex.admin@example.com"},
    };

    private final OrganizationRepository organizations;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final PersonHistory history;
    private final PeriodRepository periods;
    private final Clock clock;

    public DemoOrganization(
            OrganizationRepository organizations,
            TeamRepository teams,
            PersonRepository people,
            PersonHistory history,
            PeriodRepository periods,
            Clock clock) {
        this.organizations = organizations;
        this.teams = teams;
        this.people = people;
        this.history = history;
        this.periods = periods;
        this.clock = clock;
    }

    /** Creates the organization with its teams, people and periods; returns it. */
    public Organization create() {
        Organization org = new Organization();
        org.name = "Northwind Robotics";
        org.slug = DemoDataSeeder.DEMO_SLUG;
        organizations.persist(org);

        Map<String, Team> teamsByName = new HashMap<>();
        for (String[] row : TEAMS) {
            Team team = new Team();
            team.orgId = org.id;
            team.name = row[0];
            team.parentId = row[1].isEmpty() ? null : teamsByName.get(row[1]).id;
            teams.persist(team);
            teamsByName.put(team.name, team);
        }
        teams.flush();

        // Seeded, so exempt from the password policy: the demo accounts all use "cairn-demo".
        String hash = PasswordHasher.hash(DemoDataSeeder.DEMO_PASSWORD);
        Map<String, Person> byEmail = new HashMap<>();
        for (String[] row : PEOPLE) {
            Person person = new Person();
            person.orgId = org.id;
            person.email = row[0];
            person.name = row[1];
            person.title = row[2];
            person.teamId = teamsByName.get(row[3]).id;
            person.managerId = row[4].isEmpty() ? null : byEmail.get(row[4]).id;
            person.roles = row[5].equals("admin") ? EnumSet.of(Role.ADMIN, Role.EMPLOYEE) : EnumSet.of(Role.EMPLOYEE);
            person.passwordHash = hash;
            person.emailVerifiedAt = clock.instant();
            people.persist(person);
            people.flush();
            // joined before the two previous quarters, so timelines start with their assignment
            history.record(person.id, null, joinedAt(org));
            byEmail.put(person.email, person);
        }
        for (String[] row : TEAMS) {
            teamsByName.get(row[0]).leadId = byEmail.get(row[2]).id;
        }
        changes(org, byEmail, teamsByName);

        LocalDate quarterStart = quarterStart(LocalDate.now(clock.withZone(zone(org))));
        periods.persist(period(org, quarterStart.minusMonths(6)));
        periods.persist(period(org, quarterStart.minusMonths(3)));
        periods.persist(period(org, quarterStart));
        periods.flush();
        return org;
    }

    /**
     * Changes of team and manager so histories and timelines show them: Erin started in Engineering
     * under Jordan and moved to Platform under Morgan a month before this quarter (team and manager);
     * Luis reported to Jordan until two months before this quarter (manager only); Uma moved from
     * People & Operations to Sales two months ago (team only).
     */
    private void changes(Organization org, Map<String, Person> byEmail, Map<String, Team> teamsByName) {
        LocalDate today = LocalDate.now(clock.withZone(zone(org)));
        LocalDate quarter = quarterStart(today);
        Person jordan = byEmail.get("jordan.blake@example.com");
        Person alex = byEmail.get("alex.admin@example.com");
        moved(
                byEmail.get("erin.employee@example.com"),
                teamsByName.get("Engineering").id,
                jordan.id,
                alex,
                at(org, quarter.minusMonths(1)));
        Person luis = byEmail.get("luis.garcia@example.com");
        moved(luis, luis.teamId, jordan.id, alex, at(org, quarter.minusMonths(2)));
        Person uma = byEmail.get("uma.reddy@example.com");
        moved(uma, teamsByName.get("People & Operations").id, uma.managerId, alex, at(org, today.minusMonths(2)));
    }

    /** The person had `team` and `manager` from joining until `at`, when they got their current ones. */
    private void moved(Person person, java.util.UUID team, java.util.UUID manager, Person by, Instant at) {
        Panache.getEntityManager()
                .createNativeQuery(
                        "update person_history set team_id = :team, manager_id = :manager where person_id = :id")
                .setParameter("team", team)
                .setParameter("manager", manager)
                .setParameter("id", person.id)
                .executeUpdate();
        history.record(person.id, by.id, at);
    }

    /** 09:00 on `day` in the organization's zone. */
    static Instant at(Organization org, LocalDate day) {
        return day.atTime(9, 0).atZone(zone(org)).toInstant();
    }

    static ZoneId zone(Organization org) {
        return ZoneId.of(org.timeZone);
    }

    private Instant joinedAt(Organization org) {
        return at(org, quarterStart(LocalDate.now(clock.withZone(zone(org)))).minusMonths(9));
    }

    static LocalDate quarterStart(LocalDate day) {
        int firstMonth = ((day.getMonthValue() - 1) / 3) * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    private static Period period(Organization org, LocalDate start) {
        Period period = new Period();
        period.orgId = org.id;
        period.name = start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
        period.startDate = start;
        period.endDate = start.plusMonths(3).minusDays(1);
        return period;
    }
}
