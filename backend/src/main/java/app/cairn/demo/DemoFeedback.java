package app.cairn.demo;

import app.cairn.feedback.CompanyValue;
import app.cairn.feedback.CompanyValueRepository;
import app.cairn.feedback.Feedback;
import app.cairn.feedback.FeedbackRepository;
import app.cairn.feedback.FeedbackRequest;
import app.cairn.feedback.FeedbackRequestRepository;
import app.cairn.feedback.FeedbackVisibility;
import app.cairn.feedback.PromptTemplate;
import app.cairn.feedback.PromptTemplateRepository;
import app.cairn.feedback.Reaction;
import app.cairn.feedback.RequestStatus;
import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feedback in the demo: four company values and three prompt templates; Erin has private feedback
 * from Hana and praise on the wall from Luis (with a value and reactions); Morgan asked Hana and Kai
 * for feedback about Erin (Hana answered, Kai's is pending); a little more praise around the team.
 * All of it in the current quarter, so Erin's review evidence shows it.
 */
@ApplicationScoped
public class DemoFeedback {

    private final PersonRepository people;
    private final PeriodRepository periods;
    private final CompanyValueRepository values;
    private final PromptTemplateRepository templates;
    private final FeedbackRepository feedback;
    private final FeedbackRequestRepository requests;
    private final Clock clock;

    public DemoFeedback(
            PersonRepository people,
            PeriodRepository periods,
            CompanyValueRepository values,
            PromptTemplateRepository templates,
            FeedbackRepository feedback,
            FeedbackRequestRepository requests,
            Clock clock) {
        this.people = people;
        this.periods = periods;
        this.values = values;
        this.templates = templates;
        this.feedback = feedback;
        this.requests = requests;
        this.clock = clock;
    }

    public void create(Organization org) {
        Map<String, CompanyValue> byName = new HashMap<>();
        String[][] companyValues = {
            {"Customers first", "We start from what our customers need."},
            {"Own it", "We take responsibility end to end."},
            {"Build together", "We share knowledge and lift each other up."},
            {"Keep learning", "We stay curious and grow every quarter."},
        };
        for (int i = 0; i < companyValues.length; i++) {
            CompanyValue value = new CompanyValue();
            value.orgId = org.id;
            value.name = companyValues[i][0];
            value.description = companyValues[i][1];
            value.position = i;
            values.persist(value);
            byName.put(value.name, value);
        }
        PromptTemplate collaboration = template(
                org,
                "Collaboration",
                "How did they work with you and the team this"
                        + " quarter? Name one moment that stood out and what it changed.");
        template(org, "Strengths", "What is one strength they should keep using, and where did you see it?");
        template(org, "Growth", "What is one thing they could do differently to have even more impact?");

        Instant now = clock.instant();
        Period current =
                periods.list("orgId = ?1 order by startDate desc", org.id).get(0);
        Instant periodStart = current.startDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        Person erin = person(org, "erin.employee@example.com");
        Person hana = person(org, "hana.suzuki@example.com");
        Person luis = person(org, "luis.garcia@example.com");
        Person kai = person(org, "kai.nakamura@example.com");
        Person felix = person(org, "felix.wagner@example.com");
        Person morgan = person(org, "morgan.manager@example.com");

        give(org, hana, erin, FeedbackVisibility.PRIVATE, at(now, periodStart, 9), """
                **Situation:** the design review of the canary stage.
                **Behaviour:** you walked everyone through the rollback path before the questions came.
                **Impact:** we agreed in one meeting instead of three. Next time, send the doc a day earlier so\
                 people can read it first.""", List.of(), null);
        Feedback praise = give(
                org,
                luis,
                erin,
                FeedbackVisibility.PUBLIC,
                at(now, periodStart, 6),
                """
                Thank you for pairing with me on the deploy pipeline all week — I finally understand how the\
                 canary checks work, and the *runbook* you wrote is already saving us time.""",
                List.of(byName.get("Build together")),
                null);
        react(praise, List.of(morgan, hana, kai), Reaction.CLAP, now);
        react(praise, List.of(felix), Reaction.HEART, now);
        Feedback felixPraise = give(
                org,
                erin,
                felix,
                FeedbackVisibility.PUBLIC,
                at(now, periodStart, 4),
                """
                Felix jumped on the flaky test in the release branch at 6pm and fixed it before the train left.""",
                List.of(byName.get("Own it")),
                null);
        react(felixPraise, List.of(luis), Reaction.CELEBRATE, now);
        give(
                org,
                morgan,
                hana,
                FeedbackVisibility.PUBLIC,
                at(now, periodStart, 2),
                """
                Hana's customer interviews changed our roadmap for the better. Thank you!""",
                List.of(byName.get("Customers first")),
                null);

        // Morgan asked two of Erin's peers about her: Hana answered, Kai has not yet.
        UUID group = UUID.randomUUID();
        FeedbackRequest toHana = request(org, group, morgan, erin, hana, collaboration, now, at(now, periodStart, 8));
        FeedbackRequest toKai = request(org, group, morgan, erin, kai, collaboration, now, at(now, periodStart, 8));
        toHana.status = RequestStatus.ANSWERED;
        toHana.answeredAt = at(now, periodStart, 5);
        give(
                org,
                hana,
                erin,
                FeedbackVisibility.MANAGERS,
                toHana.answeredAt,
                """
                Erin is the person I go to when a deploy goes sideways: calm, clear, and she explains what she is\
                 doing as she goes. She could share progress earlier in planning.""",
                List.of(byName.get("Build together")),
                toHana);
        toKai.status = RequestStatus.PENDING;
        requests.flush();
    }

    private PromptTemplate template(Organization org, String name, String prompt) {
        PromptTemplate template = new PromptTemplate();
        template.orgId = org.id;
        template.name = name;
        template.prompt = prompt;
        templates.persist(template);
        return template;
    }

    private Feedback give(
            Organization org,
            Person giver,
            Person recipient,
            FeedbackVisibility visibility,
            Instant at,
            String body,
            List<CompanyValue> tagged,
            FeedbackRequest answering) {
        Feedback f = new Feedback();
        f.orgId = org.id;
        f.giverId = giver.id;
        f.recipientId = recipient.id;
        f.visibility = visibility;
        f.body = body.strip();
        f.createdAt = at;
        if (answering != null) {
            f.requestId = answering.id;
            f.requesterId = answering.requesterId;
        }
        feedback.persist(f);
        feedback.flush();
        for (CompanyValue value : tagged) {
            feedback.getEntityManager()
                    .createNativeQuery("insert into feedback_values (feedback_id, value_id) values (:f, :v)")
                    .setParameter("f", f.id)
                    .setParameter("v", value.id)
                    .executeUpdate();
        }
        return f;
    }

    private void react(Feedback f, List<Person> who, Reaction reaction, Instant now) {
        for (Person person : who) {
            feedback.getEntityManager()
                    .createNativeQuery("insert into feedback_reactions (feedback_id, person_id, reaction, created_at)"
                            + " values (:f, :p, :r, :at)")
                    .setParameter("f", f.id)
                    .setParameter("p", person.id)
                    .setParameter("r", reaction.name())
                    .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    private FeedbackRequest request(
            Organization org,
            UUID group,
            Person requester,
            Person subject,
            Person responder,
            PromptTemplate template,
            Instant now,
            Instant at) {
        FeedbackRequest request = new FeedbackRequest();
        request.orgId = org.id;
        request.groupId = group;
        request.requesterId = requester.id;
        request.subjectId = subject.id;
        request.responderId = responder.id;
        request.prompt = template.prompt;
        request.templateId = template.id;
        request.dueOn = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(5);
        request.createdAt = at;
        requests.persist(request);
        return request;
    }

    /** `days` (at most 9) ago, or as far into a period that began less than that ago, in the same order. */
    private static Instant at(Instant now, Instant periodStart, int days) {
        Instant candidate = now.minus(Duration.ofDays(days));
        if (!candidate.isBefore(periodStart)) {
            return candidate;
        }
        Duration span = Duration.between(periodStart, now);
        return periodStart.plus(span.multipliedBy(10 - days).dividedBy(10));
    }

    private Person person(Organization org, String email) {
        return people.find("orgId = ?1 and email = ?2", org.id, email).firstResult();
    }
}
