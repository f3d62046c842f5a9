package app.cairn.demo;

import app.cairn.checkins.CheckIn;
import app.cairn.checkins.CheckInRepository;
import app.cairn.objectives.Health;
import app.cairn.objectives.KeyResult;
import app.cairn.objectives.KeyResultKind;
import app.cairn.objectives.KeyResultRepository;
import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveRepository;
import app.cairn.objectives.ObjectiveStatus;
import app.cairn.objectives.ProgressRollup;
import app.cairn.objectives.Visibility;
import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Northwind's objectives: four company goals for the current quarter, team objectives aligned to
 * them, individual objectives (Morgan's and Erin's among them) with key results of every kind, and
 * weekly check-ins replayed from the start of the quarter, so charts, trends and the cascade's time
 * travel show a real quarter. One company goal has no aligned work and one objective aligns to
 * nothing, for the coverage figures. The previous quarter holds completed objectives.
 */
@ApplicationScoped
public class DemoObjectives {

    /** A key result: title, kind, start, target, value reached today, unit. */
    record Kr(String title, KeyResultKind kind, double start, double target, double today, String unit) {}

    /** An objective of the demo plan; `today` is the manual progress for objectives without key results. */
    record Plan(
            String key,
            String parent,
            ObjectiveLevel level,
            String owner,
            String title,
            ObjectiveStatus status,
            Health health,
            Visibility visibility,
            double weight,
            double today,
            List<Kr> krs) {}

    private static final String SAM = "sam.taylor@example.com";

    private static final List<Plan> CURRENT = List.of(
            plan(
                    "revenue",
                    null,
                    ObjectiveLevel.COMPANY,
                    SAM,
                    "Win 12 new enterprise customers",
                    Health.AT_RISK,
                    kr("New enterprise logos", KeyResultKind.NUMBER, 0, 12, 5, "logos"),
                    kr("New annual recurring revenue", KeyResultKind.CURRENCY, 0, 2_400_000, 1_150_000, "EUR")),
            plan("reliability", null, ObjectiveLevel.COMPANY, SAM, "Make the X-2 platform rock-solid", Health.ON_TRACK),
            plan("people", null, ObjectiveLevel.COMPANY, SAM, "Build a place people love to work", Health.ON_TRACK),
            plan(
                    "atlas",
                    null,
                    ObjectiveLevel.COMPANY,
                    SAM,
                    "Launch the Atlas arm in two new markets",
                    Health.AT_RISK,
                    kr("Market launch milestones", KeyResultKind.MILESTONE, 0, 6, 2, "milestones")),
            // Engineering
            plan(
                    "eng",
                    "reliability",
                    ObjectiveLevel.TEAM,
                    "jordan.blake@example.com",
                    "Cut field failures in half",
                    Health.ON_TRACK),
            plan(
                    "platform",
                    "eng",
                    ObjectiveLevel.TEAM,
                    "morgan.manager@example.com",
                    "Ship a zero-downtime update pipeline",
                    Health.ON_TRACK),
            plan(
                    "erin-canary",
                    "platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "erin.employee@example.com",
                    "Build the canary release stage",
                    Health.ON_TRACK,
                    kr("Services deployed through canary", KeyResultKind.PERCENT, 0, 100, 60, "%"),
                    kr("Rollback time", KeyResultKind.NUMBER, 45, 5, 15, "minutes"),
                    kr("Runbook published", KeyResultKind.BOOLEAN, 0, 1, 1, null)),
            plan(
                    "erin-migrations",
                    "platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "erin.employee@example.com",
                    "Automate database migrations",
                    Health.AT_RISK,
                    kr("Migration steps automated", KeyResultKind.MILESTONE, 0, 4, 1, "steps")),
            plan(
                    "felix",
                    "platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "felix.wagner@example.com",
                    "Blue-green deploys for the fleet API",
                    Health.AT_RISK,
                    kr("Fleet API traffic on blue-green", KeyResultKind.PERCENT, 0, 100, 35, "%")),
            plan(
                    "hana",
                    "platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "hana.suzuki@example.com",
                    "Bring on-call load below 5 pages a week",
                    Health.OFF_TRACK,
                    kr("Pages per week", KeyResultKind.NUMBER, 18, 5, 14, "pages")),
            plan(
                    "ruth",
                    "platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "ruth.adeyemi@example.com",
                    "Automate the release regression suite",
                    Health.ON_TRACK,
                    kr("Regression cases automated", KeyResultKind.NUMBER, 120, 400, 310, "cases")),
            plan(
                    "morgan-leads",
                    "people",
                    ObjectiveLevel.INDIVIDUAL,
                    "morgan.manager@example.com",
                    "Grow two engineers into tech leads",
                    Health.ON_TRACK,
                    kr("Engineers leading a project", KeyResultKind.NUMBER, 0, 2, 1, "people")),
            plan(
                    "robotics",
                    "eng",
                    ObjectiveLevel.TEAM,
                    "priya.shah@example.com",
                    "Harden the gripper firmware",
                    Health.ON_TRACK,
                    kr("Mean cycles between failures", KeyResultKind.NUMBER, 20_000, 50_000, 41_000, "cycles"),
                    kr("Firmware fuzzing in CI", KeyResultKind.BOOLEAN, 0, 1, 1, null)),
            plan(
                    "tom",
                    "robotics",
                    ObjectiveLevel.INDIVIDUAL,
                    "tom.becker@example.com",
                    "Fix the top ten gripper faults",
                    Health.ON_TRACK,
                    kr("Faults fixed", KeyResultKind.NUMBER, 0, 10, 8, "faults")),
            plan(
                    "aisha",
                    "robotics",
                    ObjectiveLevel.INDIVIDUAL,
                    "aisha.khan@example.com",
                    "Tune the force controller",
                    Health.ON_TRACK,
                    kr("Grip force error", KeyResultKind.NUMBER, 12, 3, 5, "%")),
            // Sales
            plan(
                    "sales",
                    "revenue",
                    ObjectiveLevel.TEAM,
                    "chris.ortega@example.com",
                    "Grow the enterprise pipeline to €6M",
                    Health.AT_RISK,
                    kr("Qualified pipeline", KeyResultKind.CURRENCY, 2_000_000, 6_000_000, 3_900_000, "EUR")),
            plan(
                    "emea",
                    "revenue",
                    ObjectiveLevel.TEAM,
                    "dana.white@example.com",
                    "Close six EMEA deals",
                    Health.AT_RISK,
                    kr("Deals closed", KeyResultKind.NUMBER, 0, 6, 2, "deals")),
            plan(
                    "americas",
                    "revenue",
                    ObjectiveLevel.TEAM,
                    "taylor.brooks@example.com",
                    "Close six Americas deals",
                    Health.ON_TRACK,
                    kr("Deals closed", KeyResultKind.NUMBER, 0, 6, 3, "deals")),
            plan(
                    "george",
                    "emea",
                    ObjectiveLevel.INDIVIDUAL,
                    "george.hall@example.com",
                    "Land two DACH accounts",
                    Health.OFF_TRACK,
                    kr("Accounts signed", KeyResultKind.NUMBER, 0, 2, 0, "accounts")),
            plan(
                    "noah",
                    "americas",
                    ObjectiveLevel.INDIVIDUAL,
                    "noah.reed@example.com",
                    "Close the Midwest logistics deal",
                    Health.ON_TRACK,
                    kr("Deal stages passed", KeyResultKind.MILESTONE, 0, 5, 4, "stages")),
            // People
            plan(
                    "career",
                    "people",
                    ObjectiveLevel.TEAM,
                    "alex.admin@example.com",
                    "Roll out the career framework",
                    Health.ON_TRACK,
                    kr("Career ladder published", KeyResultKind.BOOLEAN, 0, 1, 1, null),
                    kr("Teams with growth plans", KeyResultKind.PERCENT, 0, 100, 55, "%")),
            plan(
                    "engagement",
                    "people",
                    ObjectiveLevel.TEAM,
                    "nina.patel@example.com",
                    "Lift engagement to 85",
                    Health.ON_TRACK,
                    kr("Engagement score", KeyResultKind.NUMBER, 72, 85, 79, "points")),
            // Aligned to nothing: shows in the coverage figures
            plan(
                    "luis",
                    null,
                    ObjectiveLevel.INDIVIDUAL,
                    "luis.garcia@example.com",
                    "Learn Kubernetes operators",
                    Health.ON_TRACK,
                    40));

    private static final String JORDAN = "jordan.blake@example.com";
    private static final String MORGAN = "morgan.manager@example.com";
    private static final String PRIYA = "priya.shah@example.com";
    private static final String CHRIS = "chris.ortega@example.com";

    /** The previous quarter: the X-2 launch, mostly completed; a few objectives fell short. */
    private static final List<Plan> LAST_QUARTER = List.of(
            plan("x2", null, ObjectiveLevel.COMPANY, SAM, "Launch the X-2 platform", Health.ON_TRACK, 0),
            plan("x2-eng", "x2", ObjectiveLevel.TEAM, JORDAN, "Ship X-2 firmware 1.0", Health.ON_TRACK, 0),
            plan(
                    "x2-platform",
                    "x2-eng",
                    ObjectiveLevel.TEAM,
                    MORGAN,
                    "Stand up the X-2 build farm",
                    Health.ON_TRACK,
                    0),
            plan(
                    "x2-ci",
                    "x2-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "erin.employee@example.com",
                    "Migrate CI to the new runners",
                    Health.ON_TRACK,
                    100,
                    kr("Pipelines on the new runners", KeyResultKind.PERCENT, 0, 100, 100, "%")),
            plan(
                    "x2-felix",
                    "x2-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "felix.wagner@example.com",
                    "Containerise the fleet API",
                    Health.AT_RISK,
                    85),
            plan(
                    "x2-hana",
                    "x2-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "hana.suzuki@example.com",
                    "Set up on-call dashboards",
                    Health.ON_TRACK,
                    100),
            plan(
                    "x2-luis",
                    "x2-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "luis.garcia@example.com",
                    "Write the service onboarding guide",
                    Health.AT_RISK,
                    60),
            plan(
                    "x2-ruth",
                    "x2-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "ruth.adeyemi@example.com",
                    "Stabilise the nightly test run",
                    Health.ON_TRACK,
                    95),
            plan("x2-robotics", "x2-eng", ObjectiveLevel.TEAM, PRIYA, "Certify the X-2 gripper", Health.ON_TRACK, 0),
            plan(
                    "x2-tom",
                    "x2-robotics",
                    ObjectiveLevel.INDIVIDUAL,
                    "tom.becker@example.com",
                    "Pass the gripper safety tests",
                    Health.ON_TRACK,
                    100),
            plan(
                    "x2-aisha",
                    "x2-robotics",
                    ObjectiveLevel.INDIVIDUAL,
                    "aisha.khan@example.com",
                    "Calibrate the force sensors",
                    Health.ON_TRACK,
                    90),
            plan("x2-sales", "x2", ObjectiveLevel.TEAM, CHRIS, "Sign five X-2 launch customers", Health.AT_RISK, 0),
            plan(
                    "x2-george",
                    "x2-sales",
                    ObjectiveLevel.INDIVIDUAL,
                    "george.hall@example.com",
                    "Open three DACH accounts",
                    Health.OFF_TRACK,
                    35),
            plan(
                    "x2-noah",
                    "x2-sales",
                    ObjectiveLevel.INDIVIDUAL,
                    "noah.reed@example.com",
                    "Close two US pilots",
                    Health.ON_TRACK,
                    100),
            plan(
                    "x2-survey",
                    null,
                    ObjectiveLevel.TEAM,
                    "alex.admin@example.com",
                    "Run the first engagement survey",
                    Health.ON_TRACK,
                    100));

    /** Two quarters ago: the X-2 prototype; a rougher quarter (lower progress, one objective cancelled). */
    private static final List<Plan> TWO_QUARTERS_AGO = List.of(
            plan("proto", null, ObjectiveLevel.COMPANY, SAM, "Ship the X-2 prototype", Health.AT_RISK, 0),
            plan("proto-eng", "proto", ObjectiveLevel.TEAM, JORDAN, "Build the X-2 prototype", Health.AT_RISK, 0),
            plan(
                    "proto-platform",
                    "proto-eng",
                    ObjectiveLevel.TEAM,
                    MORGAN,
                    "Automate the prototype builds",
                    Health.AT_RISK,
                    0),
            plan(
                    "proto-erin",
                    "proto-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "erin.employee@example.com",
                    "Set up the build pipeline",
                    Health.AT_RISK,
                    80),
            plan(
                    "proto-felix",
                    "proto-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "felix.wagner@example.com",
                    "Prototype fleet telemetry",
                    Health.OFF_TRACK,
                    55),
            withStatus(
                    plan(
                            "proto-cloud",
                            "proto-platform",
                            ObjectiveLevel.INDIVIDUAL,
                            "felix.wagner@example.com",
                            "Evaluate a second cloud provider",
                            Health.AT_RISK,
                            20),
                    ObjectiveStatus.CANCELLED),
            plan(
                    "proto-hana",
                    "proto-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "hana.suzuki@example.com",
                    "Monitor the prototype fleet",
                    Health.ON_TRACK,
                    75),
            plan(
                    "proto-ruth",
                    "proto-platform",
                    ObjectiveLevel.INDIVIDUAL,
                    "ruth.adeyemi@example.com",
                    "Write the prototype test plan",
                    Health.ON_TRACK,
                    100),
            plan(
                    "proto-luis",
                    null,
                    ObjectiveLevel.INDIVIDUAL,
                    "luis.garcia@example.com",
                    "Learn the fleet codebase",
                    Health.ON_TRACK,
                    50),
            plan(
                    "proto-robotics",
                    "proto-eng",
                    ObjectiveLevel.TEAM,
                    PRIYA,
                    "Build the first gripper",
                    Health.AT_RISK,
                    0),
            plan(
                    "proto-tom",
                    "proto-robotics",
                    ObjectiveLevel.INDIVIDUAL,
                    "tom.becker@example.com",
                    "Assemble gripper v0",
                    Health.ON_TRACK,
                    90),
            plan(
                    "proto-aisha",
                    "proto-robotics",
                    ObjectiveLevel.INDIVIDUAL,
                    "aisha.khan@example.com",
                    "Model the gripper dynamics",
                    Health.OFF_TRACK,
                    45),
            plan("proto-sales", null, ObjectiveLevel.TEAM, CHRIS, "Find ten X-2 design partners", Health.AT_RISK, 0),
            plan(
                    "proto-dana",
                    "proto-sales",
                    ObjectiveLevel.INDIVIDUAL,
                    "dana.white@example.com",
                    "Sign five EMEA design partners",
                    Health.AT_RISK,
                    60),
            plan(
                    "proto-taylor",
                    "proto-sales",
                    ObjectiveLevel.INDIVIDUAL,
                    "taylor.brooks@example.com",
                    "Sign five Americas design partners",
                    Health.ON_TRACK,
                    80));

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final PersonRepository people;
    private final PeriodRepository periods;
    private final ProgressRollup rollup;
    private final Clock clock;

    public DemoObjectives(
            ObjectiveRepository objectives,
            KeyResultRepository keyResults,
            CheckInRepository checkIns,
            PersonRepository people,
            PeriodRepository periods,
            ProgressRollup rollup,
            Clock clock) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.people = people;
        this.periods = periods;
        this.rollup = rollup;
        this.clock = clock;
    }

    public void create(Organization org) {
        Map<String, Person> byEmail = new HashMap<>();
        people.list("orgId", org.id).forEach(p -> byEmail.put(p.email, p));
        List<Period> quarters = periods.list("orgId = ?1 order by startDate", org.id);
        Period current = quarters.get(quarters.size() - 1);
        Person alex = byEmail.get("alex.admin@example.com");

        pastQuarter(org, quarters.get(quarters.size() - 3), TWO_QUARTERS_AGO, byEmail, alex);
        pastQuarter(org, quarters.get(quarters.size() - 2), LAST_QUARTER, byEmail, alex);

        Instant start = DemoOrganization.at(org, current.startDate);
        Map<String, Objective> created = new HashMap<>();
        Map<Objective, Plan> plans = new HashMap<>();
        for (int i = 0; i < CURRENT.size(); i++) {
            Plan plan = CURRENT.get(i);
            Instant at = start.plus(Duration.ofHours(i));
            Objective o = objective(org, current, plan, created.get(plan.parent()), byEmail, alex, at);
            created.put(plan.key(), o);
            plans.put(o, plan);
        }
        drafts(org, current, byEmail, created, start);
        replayCheckIns(org, current, plans, clock.instant());
    }

    private Objective objective(
            Organization org,
            Period period,
            Plan plan,
            Objective parent,
            Map<String, Person> byEmail,
            Person alex,
            Instant at) {
        Person owner = byEmail.get(plan.owner());
        Objective o = new Objective();
        o.orgId = org.id;
        o.periodId = period.id;
        o.parentId = parent == null ? null : parent.id;
        o.level = plan.level();
        o.ownerId = owner.id;
        o.teamId = owner.teamId;
        o.authorId = plan.level() == ObjectiveLevel.COMPANY ? alex.id : owner.id;
        o.title = plan.title();
        o.status = plan.status();
        o.visibility = plan.visibility();
        o.weight = BigDecimal.valueOf(plan.weight());
        o.dueDate = period.endDate;
        o.createdAt = at;
        objectives.persist(o);
        for (int i = 0; i < plan.krs().size(); i++) {
            Kr k = plan.krs().get(i);
            KeyResult kr = new KeyResult();
            kr.orgId = org.id;
            kr.objectiveId = o.id;
            kr.title = k.title();
            kr.kind = k.kind();
            kr.startValue = BigDecimal.valueOf(k.start());
            kr.targetValue = BigDecimal.valueOf(k.target());
            kr.currentValue = kr.startValue;
            kr.unit = k.unit();
            kr.position = i;
            kr.createdAt = at;
            keyResults.persist(kr);
        }
        rollup.changedAt(o.id, at);
        return o;
    }

    /** A private objective of Erin's and a proposed draft of Luis's waiting for Morgan. */
    private void drafts(
            Organization org,
            Period period,
            Map<String, Person> byEmail,
            Map<String, Objective> created,
            Instant start) {
        Person alex = byEmail.get("alex.admin@example.com");
        Plan secret = plan(
                "erin-private",
                "platform",
                ObjectiveLevel.INDIVIDUAL,
                "erin.employee@example.com",
                "Prepare my promotion case",
                Health.ON_TRACK,
                30);
        objective(
                org,
                period,
                withVisibility(secret, Visibility.PRIVATE),
                created.get("platform"),
                byEmail,
                alex,
                start.plus(Duration.ofDays(3)));
        Plan draft = plan(
                "luis-draft",
                "platform",
                ObjectiveLevel.INDIVIDUAL,
                "luis.garcia@example.com",
                "Halve CI build times with a shared cache",
                Health.ON_TRACK,
                0);
        Objective o = objective(
                org,
                period,
                withStatus(draft, ObjectiveStatus.DRAFT),
                created.get("platform"),
                byEmail,
                alex,
                clock.instant().minus(Duration.ofDays(2)));
        o.proposedAt = clock.instant().minus(Duration.ofDays(1));
    }

    /**
     * Weekly check-ins from the quarter's start to `now` (today, or the end of a past quarter), replayed
     * in time order across all objectives so that every ancestor's history is a true record of the
     * quarter. Each objective's progress reaches its plan's value (`today`) at the last check-in.
     */
    private void replayCheckIns(Organization org, Period period, Map<Objective, Plan> plans, Instant now) {
        EntityManager em = Panache.getEntityManager();
        Instant first = period.startDate
                .plusDays(7)
                .atTime(16, 0)
                .atZone(DemoOrganization.zone(org))
                .toInstant();
        long weeks = Math.max(1, Duration.between(first, now).toDays() / 7 + 1);
        record Step(Instant at, Objective objective, int week) {}
        List<Step> steps = new ArrayList<>();
        Random random = new Random(42);
        for (Objective o : plans.keySet()) {
            Plan plan = plans.get(o);
            if (plan.krs().isEmpty() && plan.today() == 0) {
                continue;
            }
            for (int w = 0; w < weeks; w++) {
                Instant at = first.plus(Duration.ofDays(7L * w)).plus(Duration.ofMinutes(random.nextInt(600)));
                if (at.isAfter(now)) {
                    at = now.minus(Duration.ofMinutes(random.nextInt(120) + 1));
                }
                steps.add(new Step(at, o, w));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            Objective o = step.objective();
            Plan plan = plans.get(o);
            double share = curve(plan, (step.week() + 1) / (double) weeks);
            Health health = step.week() * 2 < weeks ? Health.ON_TRACK : plan.health();
            List<KeyResult> krs = keyResults.forObjective(o.id);
            KeyResult kr = krs.isEmpty() ? null : krs.get(step.week() % krs.size());
            BigDecimal value = null;
            if (kr != null) {
                Kr spec = plan.krs().get(kr.position);
                value = valueAt(spec, share);
                em.createNativeQuery("update key_results set current_value = :v where id = :id")
                        .setParameter("v", value)
                        .setParameter("id", kr.id)
                        .executeUpdate();
            } else {
                em.createNativeQuery("update objectives set manual_progress = :p where id = :id")
                        .setParameter(
                                "p", BigDecimal.valueOf(plan.today() * share).setScale(2, RoundingMode.HALF_UP))
                        .setParameter("id", o.id)
                        .executeUpdate();
            }
            em.createNativeQuery("update objectives set health = :h, last_check_in_at = :at where id = :id")
                    .setParameter("h", health.name())
                    .setParameter("at", OffsetDateTime.ofInstant(step.at(), ZoneOffset.UTC))
                    .setParameter("id", o.id)
                    .executeUpdate();
            rollup.changedAt(o.id, step.at());
            BigDecimal objectiveProgress =
                    (BigDecimal) em.createNativeQuery("select progress from objectives where id = :id")
                            .setParameter("id", o.id)
                            .getSingleResult();
            CheckIn checkIn = new CheckIn();
            checkIn.orgId = org.id;
            checkIn.objectiveId = o.id;
            checkIn.authorId = o.ownerId;
            checkIn.health = health;
            checkIn.confidence = health == Health.ON_TRACK ? 8 : health == Health.AT_RISK ? 5 : 3;
            checkIn.comment = comment(health, step.week());
            checkIn.createdAt = step.at();
            checkIn.objectiveProgress = objectiveProgress;
            if (kr != null) {
                checkIn.keyResultId = kr.id;
                checkIn.keyResultTitle = kr.title;
                checkIn.value = value;
                checkIn.progress = KeyResult.progressOf(kr.startValue, kr.targetValue, value);
            } else {
                checkIn.progress = objectiveProgress;
            }
            checkIns.persist(checkIn);
        }
    }

    /** How far along the plan is at `t` (0–1 of the quarter so far): slower starts for troubled objectives. */
    private static double curve(Plan plan, double t) {
        double exponent = switch (plan.health()) {
            case ON_TRACK -> 1.0;
            case AT_RISK -> 1.4;
            case OFF_TRACK -> 1.8;
        };
        return Math.min(1, Math.pow(t, exponent));
    }

    private static BigDecimal valueAt(Kr kr, double share) {
        double value = kr.start() + (kr.today() - kr.start()) * share;
        if (kr.kind() == KeyResultKind.BOOLEAN) {
            value = share >= 0.75 && kr.today() >= 1 ? 1 : 0;
        } else if (kr.kind() == KeyResultKind.MILESTONE
                || kr.unit() != null && kr.unit().matches("logos|deals|accounts|people|faults|pages|cases")) {
            value = Math.round(value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static String comment(Health health, int week) {
        String[] onTrack = {
            "Good week, steady progress.",
            "Moving as planned.",
            "Unblocked after the design review.",
            "Ahead of last week's estimate."
        };
        String[] atRisk = {
            "Slipping: waiting on another team.", "Scope grew; need to re-plan.", "Two people out this week."
        };
        String[] offTrack = {
            "Blocked on hardware delivery.", "Not enough capacity for this now.", "Needs a decision from leadership."
        };
        String[] pool = health == Health.ON_TRACK ? onTrack : health == Health.AT_RISK ? atRisk : offTrack;
        return pool[week % pool.length];
    }

    /**
     * A closed quarter: its objectives checked in on week by week as the current quarter is, then
     * closed at its end: completed when they reached 80%, archived when not, cancelled where planned.
     */
    private void pastQuarter(
            Organization org, Period period, List<Plan> plans, Map<String, Person> byEmail, Person alex) {
        Instant start = DemoOrganization.at(org, period.startDate);
        Instant end =
                period.endDate.atTime(17, 0).atZone(DemoOrganization.zone(org)).toInstant();
        Map<String, Objective> created = new HashMap<>();
        Map<Objective, Plan> byObjective = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            Objective o = objective(
                    org,
                    period,
                    withStatus(plan, ObjectiveStatus.ACTIVE),
                    created.get(plan.parent()),
                    byEmail,
                    alex,
                    start.plus(Duration.ofHours(i)));
            created.put(plan.key(), o);
            byObjective.put(o, plan);
        }
        replayCheckIns(org, period, byObjective, end);
        EntityManager em = Panache.getEntityManager();
        for (Plan plan : reversed(plans)) {
            Objective o = created.get(plan.key());
            em.refresh(o);
            o.status = plan.status() == ObjectiveStatus.CANCELLED
                    ? ObjectiveStatus.CANCELLED
                    : o.progress.compareTo(BigDecimal.valueOf(80)) >= 0
                            ? ObjectiveStatus.COMPLETED
                            : ObjectiveStatus.ARCHIVED;
            rollup.changedAt(o.id, end);
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Plan plan(
            String key, String parent, ObjectiveLevel level, String owner, String title, Health health, Kr... krs) {
        return new Plan(
                key,
                parent,
                level,
                owner,
                title,
                ObjectiveStatus.ACTIVE,
                health,
                Visibility.ORGANIZATION,
                1,
                0,
                List.of(krs));
    }

    private static Plan plan(
            String key, String parent, ObjectiveLevel level, String owner, String title, Health health, double today) {
        return new Plan(
                key,
                parent,
                level,
                owner,
                title,
                ObjectiveStatus.ACTIVE,
                health,
                Visibility.ORGANIZATION,
                1,
                today,
                List.of());
    }

    private static Plan plan(
            String key,
            String parent,
            ObjectiveLevel level,
            String owner,
            String title,
            Health health,
            double today,
            Kr... krs) {
        return new Plan(
                key,
                parent,
                level,
                owner,
                title,
                ObjectiveStatus.ACTIVE,
                health,
                Visibility.ORGANIZATION,
                1,
                today,
                List.of(krs));
    }

    private static Kr kr(String title, KeyResultKind kind, double start, double target, double today, String unit) {
        return new Kr(title, kind, start, target, today, unit);
    }

    private static Plan withStatus(Plan p, ObjectiveStatus status) {
        return new Plan(
                p.key(),
                p.parent(),
                p.level(),
                p.owner(),
                p.title(),
                status,
                p.health(),
                p.visibility(),
                p.weight(),
                p.today(),
                p.krs());
    }

    private static Plan withVisibility(Plan p, Visibility visibility) {
        return new Plan(
                p.key(),
                p.parent(),
                p.level(),
                p.owner(),
                p.title(),
                p.status(),
                p.health(),
                visibility,
                p.weight(),
                p.today(),
                p.krs());
    }
}
