package app.cairn.demo;

import app.cairn.objectives.Objective;
import app.cairn.objectives.ObjectiveRepository;
import app.cairn.objectives.ObjectiveStatus;
import app.cairn.organizations.Organization;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.reviews.AppraisalType;
import app.cairn.reviews.CycleKind;
import app.cairn.reviews.CycleState;
import app.cairn.reviews.NominationsState;
import app.cairn.reviews.ParticipantScope;
import app.cairn.reviews.PeerSummaryRelease;
import app.cairn.reviews.QuestionKind;
import app.cairn.reviews.RatingChange;
import app.cairn.reviews.RatingChangeKind;
import app.cairn.reviews.RatingChangeRepository;
import app.cairn.reviews.Review;
import app.cairn.reviews.ReviewAnswers;
import app.cairn.reviews.ReviewAnswersRepository;
import app.cairn.reviews.ReviewCycle;
import app.cairn.reviews.ReviewCycleRepository;
import app.cairn.reviews.ReviewJson;
import app.cairn.reviews.ReviewNomination;
import app.cairn.reviews.ReviewNominationRepository;
import app.cairn.reviews.ReviewRepository;
import app.cairn.reviews.ReviewRole;
import app.cairn.reviews.ReviewState;
import app.cairn.reviews.ReviewTemplate;
import app.cairn.reviews.ReviewTemplateRepository;
import app.cairn.reviews.ScoreFormula;
import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.ScalePoint;
import app.cairn.reviews.dto.TemplateQuestion;
import app.cairn.reviews.dto.TemplateSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Northwind's reviews: closed appraisals of the two previous quarters (Morgan's team, and Priya's too
 * two quarters ago; shared and mostly acknowledged, ratings calibrated by Jordan, their manager; the
 * ratings rise from one cycle to the next), and an active 360 for the
 * current quarter whose peer answers are in: Erin has three (her summary is shown), Felix has two
 * (withheld below the anonymity threshold of 3).
 */
@ApplicationScoped
public class DemoReviews {

    private static final List<ScalePoint> SCALE = List.of(
            new ScalePoint(1, "Below expectations"),
            new ScalePoint(2, "Partly meets expectations"),
            new ScalePoint(3, "Meets expectations"),
            new ScalePoint(4, "Exceeds expectations"),
            new ScalePoint(5, "Exceptional"));

    private static final List<String> TEAM = List.of(
            "erin.employee@example.com",
            "felix.wagner@example.com",
            "hana.suzuki@example.com",
            "luis.garcia@example.com",
            "ruth.adeyemi@example.com");

    /**
     * One reviewee of a closed appraisal: the manager's ratings (delivery, collaboration, objectives),
     * the calibration reason when the skip-level moved the rating half a point ("Calibrated down…"
     * lowers it, anything else raises it), and whether and how they acknowledged.
     */
    record Appraised(String email, int[] ratings, String calibration, boolean acknowledged, String acknowledgement) {}

    /** The previous quarter's appraisal of Morgan's team (two ratings calibrated by Jordan). */
    private static final Appraised[] PREVIOUS_APPRAISAL = {
        new Appraised(
                TEAM.get(0),
                new int[] {4, 4, 4},
                null,
                true,
                "Thanks Morgan, a fair picture. Keen to grow on the design side."),
        new Appraised(TEAM.get(1), new int[] {3, 3, 4}, null, true, null),
        new Appraised(
                TEAM.get(2),
                new int[] {5, 4, 5},
                "Calibrated down against Engineering: strong, but in line with other 'exceeds' ratings.",
                true,
                "Thank you!"),
        new Appraised(
                TEAM.get(3),
                new int[] {3, 2, 3},
                "Calibrated up: carried the on-call rotation through the incident month.",
                true,
                null),
        new Appraised(TEAM.get(4), new int[] {4, 3, 4}, null, false, null),
    };

    /** Two quarters ago: Morgan's and Priya's teams, lower ratings (the trend rises since), two calibrated. */
    private static final Appraised[] EARLIER_APPRAISAL = {
        new Appraised(TEAM.get(0), new int[] {3, 4, 3}, null, true, "Agreed: the pipeline took longer than planned."),
        new Appraised(
                TEAM.get(1),
                new int[] {2, 3, 2},
                "Calibrated up: the telemetry work was blocked by hardware, not by Felix.",
                true,
                null),
        new Appraised(TEAM.get(2), new int[] {4, 3, 3}, null, true, null),
        new Appraised(TEAM.get(3), new int[] {3, 3, 3}, null, true, null),
        new Appraised(TEAM.get(4), new int[] {4, 4, 5}, null, true, "Thanks!"),
        new Appraised("tom.becker@example.com", new int[] {4, 3, 4}, null, true, null),
        new Appraised(
                "aisha.khan@example.com",
                new int[] {5, 4, 4},
                "Calibrated down against Engineering: the model slipped a quarter.",
                true,
                null),
        new Appraised("ben.olsen@example.com", new int[] {3, 3, 3}, null, true, null),
        new Appraised("chloe.dubois@example.com", new int[] {2, 3, 2}, null, false, null),
    };

    private final PersonRepository people;
    private final PeriodRepository periods;
    private final ObjectiveRepository objectives;
    private final ReviewTemplateRepository templates;
    private final ReviewCycleRepository cycles;
    private final ReviewRepository reviews;
    private final ReviewAnswersRepository answers;
    private final ReviewNominationRepository nominations;
    private final RatingChangeRepository changes;
    private final ReviewJson json;
    private final Clock clock;

    public DemoReviews(
            PersonRepository people,
            PeriodRepository periods,
            ObjectiveRepository objectives,
            ReviewTemplateRepository templates,
            ReviewCycleRepository cycles,
            ReviewRepository reviews,
            ReviewAnswersRepository answers,
            ReviewNominationRepository nominations,
            RatingChangeRepository changes,
            ReviewJson json,
            Clock clock) {
        this.people = people;
        this.periods = periods;
        this.objectives = objectives;
        this.templates = templates;
        this.cycles = cycles;
        this.reviews = reviews;
        this.answers = answers;
        this.nominations = nominations;
        this.changes = changes;
        this.json = json;
        this.clock = clock;
    }

    public void create(Organization org) {
        List<Period> quarters = periods.list("orgId = ?1 order by startDate", org.id);
        Period earlier = quarters.get(quarters.size() - 3);
        Period previous = quarters.get(quarters.size() - 2);
        Period current = quarters.get(quarters.size() - 1);
        List<TemplateSection> appraisalSections = appraisalSections();
        ReviewTemplate appraisal =
                template(org, "Quarterly appraisal", "Results against objectives, and how we work.", appraisalSections);
        List<TemplateSection> peerSections = peerSections();
        ReviewTemplate threeSixty = template(
                org, "360 feedback", "Anonymous feedback from peers, with a self and manager view.", peerSections);
        closedAppraisal(org, earlier, appraisal, appraisalSections, EARLIER_APPRAISAL);
        closedAppraisal(org, previous, appraisal, appraisalSections, PREVIOUS_APPRAISAL);
        active360(org, current, threeSixty, peerSections);
    }

    private void closedAppraisal(
            Organization org, Period period, ReviewTemplate template, List<TemplateSection> sections, Appraised[] who) {
        Instant end = DemoOrganization.at(org, period.endDate);
        ReviewCycle cycle =
                cycle(org, period.name + " appraisal", CycleKind.APPRAISAL, template, period, CycleState.CLOSED);
        cycle.appraisalType = AppraisalType.INTERIM;
        cycle.selfReviewDue = end.plus(Duration.ofDays(7));
        cycle.managerReviewDue = end.plus(Duration.ofDays(14));
        cycle.signOffDue = end.plus(Duration.ofDays(21));
        cycle.launchedAt = end;
        cycle.closedAt = end.plus(Duration.ofDays(22));
        cycle.participantIds = json.write(
                java.util.Arrays.stream(who).map(a -> person(org, a.email()).id).toList());
        cycles.persist(cycle);
        Person jordan = person(org, "jordan.blake@example.com");
        for (int i = 0; i < who.length; i++) {
            Appraised a = who[i];
            int[] r = a.ratings();
            Person reviewee = person(org, a.email());
            Person manager = people.findById(reviewee.managerId);
            Review review = review(org, cycle, reviewee, jordan);
            reviews.persist(review);
            List<Objective> goals = objectivesOf(reviewee, period);
            QuestionIds q = new QuestionIds(sections);
            submit(
                    org,
                    review,
                    ReviewRole.SELF,
                    reviewee,
                    List.of(
                            rating(q.delivery, Math.min(5, r[0] + 1)),
                            rating(q.collaboration, r[1]),
                            objectiveRatings(q.objectives, goals, r[0]),
                            text(
                                    q.highlights,
                                    "Delivered what I set out to do this quarter and helped the team through the release.")),
                    cycle.selfReviewDue.minus(Duration.ofDays(1)));
            List<Answer> managerAnswers = List.of(
                    rating(q.delivery, r[0]),
                    rating(q.collaboration, r[1]),
                    objectiveRatings(q.objectives, goals, r[2]),
                    text(
                            q.highlights,
                            "A solid quarter: reliable delivery and good collaboration with the platform team."),
                    text(q.growth, "Take the lead on one cross-team design next quarter."));
            submit(
                    org,
                    review,
                    ReviewRole.MANAGER,
                    manager,
                    managerAnswers,
                    cycle.managerReviewDue.minus(Duration.ofDays(2)));
            review.managerSubmittedAt = cycle.managerReviewDue.minus(Duration.ofDays(2));
            review.provisionalRating =
                    ScoreFormula.calculate(sections, managerAnswers).value();
            review.overallRating = review.provisionalRating;
            if (a.calibration() != null) {
                BigDecimal to = review.provisionalRating.add(
                        a.calibration().startsWith("Calibrated down")
                                ? new BigDecimal("-0.50")
                                : new BigDecimal("0.50"));
                RatingChange change = new RatingChange();
                change.orgId = org.id;
                change.reviewId = review.id;
                change.kind = RatingChangeKind.CALIBRATION;
                change.actorId = jordan.id;
                change.fromRating = review.provisionalRating;
                change.toRating = to;
                change.reason = a.calibration();
                change.createdAt = cycle.managerReviewDue.plus(Duration.ofDays(1));
                changes.persist(change);
                review.overallRating = to;
            }
            review.state = a.acknowledged() ? ReviewState.ACKNOWLEDGED : ReviewState.SHARED;
            review.sharedAt = cycle.managerReviewDue.plus(Duration.ofDays(2));
            review.sharedBy = jordan.id;
            if (review.state == ReviewState.ACKNOWLEDGED) {
                review.acknowledgedAt = cycle.signOffDue.minus(Duration.ofDays(3));
                review.acknowledgementComment = a.acknowledgement();
            }
        }
    }

    private void active360(Organization org, Period period, ReviewTemplate template, List<TemplateSection> sections) {
        Instant now = clock.instant();
        ReviewCycle cycle =
                cycle(org, period.name + " 360", CycleKind.THREE_SIXTY, template, period, CycleState.ACTIVE);
        cycle.nominationsDue = now.minus(Duration.ofDays(12));
        cycle.selfReviewDue = now.minus(Duration.ofDays(5));
        cycle.peerAnswersDue = now.minus(Duration.ofDays(1));
        // This cycle shows reviewees their anonymous summary once peer answering has closed.
        cycle.peerSummaryRelease = PeerSummaryRelease.AFTER_PEER_DEADLINE;
        cycle.managerReviewDue = now.plus(Duration.ofDays(7));
        cycle.signOffDue = now.plus(Duration.ofDays(14));
        cycle.minPeers = 3;
        cycle.maxPeers = 5;
        cycle.launchedAt = now.minus(Duration.ofDays(20));
        Person erin = person(org, "erin.employee@example.com");
        Person felix = person(org, "felix.wagner@example.com");
        cycle.participantIds = json.write(List.of(erin.id, felix.id));
        cycles.persist(cycle);
        Person jordan = person(org, "jordan.blake@example.com");
        QuestionIds q = new QuestionIds(sections);
        String[][] erinPeers = {
            {"hana.suzuki@example.com", "5", "4", "Erin explains complex systems clearly and always makes time to pair."
            },
            {
                "luis.garcia@example.com",
                "4",
                "4",
                "Her code reviews are thorough and kind; the whole team learns from them."
            },
            {
                "ruth.adeyemi@example.com",
                "4",
                "3",
                "Could share progress earlier in planning so others can plan around it."
            },
            {"kai.nakamura@example.com", null, null, null},
        };
        peerReview(org, cycle, erin, jordan, q, erinPeers, now);
        String[][] felixPeers = {
            {"erin.employee@example.com", "4", "4", "Great at unblocking others."},
            {"hana.suzuki@example.com", "3", "4", "Would love more written design notes."},
            {"ruth.adeyemi@example.com", null, null, null},
        };
        peerReview(org, cycle, felix, jordan, q, felixPeers, now);
    }

    private void peerReview(
            Organization org,
            ReviewCycle cycle,
            Person reviewee,
            Person skip,
            QuestionIds q,
            String[][] peers,
            Instant now) {
        Review review = review(org, cycle, reviewee, skip);
        review.state = ReviewState.MANAGER_REVIEW;
        review.nominationsState = NominationsState.APPROVED;
        reviews.persist(review);
        submit(
                org,
                review,
                ReviewRole.SELF,
                reviewee,
                List.of(
                        rating(q.collaboration, 4),
                        rating(q.communication, 3),
                        text(
                                q.strengths,
                                "I like helping people get unstuck; I want to get better at written communication.")),
                now.minus(Duration.ofDays(6)));
        for (String[] peer : peers) {
            Person person = person(org, peer[0]);
            ReviewNomination nomination = new ReviewNomination();
            nomination.orgId = org.id;
            nomination.reviewId = review.id;
            nomination.peerId = person.id;
            nomination.nominatedBy = reviewee.id;
            nomination.createdAt = now.minus(Duration.ofDays(14));
            nominations.persist(nomination);
            if (peer[1] != null) {
                submit(
                        org,
                        review,
                        ReviewRole.PEER,
                        person,
                        List.of(
                                rating(q.collaboration, Integer.parseInt(peer[1])),
                                rating(q.communication, Integer.parseInt(peer[2])),
                                text(q.keep, peer[3])),
                        now.minus(Duration.ofDays(3)));
            }
        }
    }

    private ReviewTemplate template(Organization org, String name, String description, List<TemplateSection> sections) {
        ReviewTemplate template = new ReviewTemplate();
        template.orgId = org.id;
        template.name = name;
        template.description = description;
        template.scale = json.write(SCALE);
        template.allowNotRated = true;
        template.sections = json.write(sections);
        templates.persist(template);
        return template;
    }

    private static List<TemplateSection> appraisalSections() {
        List<ReviewRole> both = List.of(ReviewRole.SELF, ReviewRole.MANAGER);
        return List.of(
                new TemplateSection(
                        UUID.randomUUID(),
                        "Results",
                        "What was delivered in the period.",
                        List.of(
                                q(QuestionKind.RATING, "Delivery: how well were commitments met?", both, true, "2"),
                                q(QuestionKind.OBJECTIVES, "Rate each objective of the period", both, true, "2"))),
                new TemplateSection(
                        UUID.randomUUID(),
                        "How we work",
                        null,
                        List.of(
                                q(QuestionKind.RATING, "Collaboration", both, true, "1"),
                                q(QuestionKind.TEXT, "Highlights of the period", both, true, null),
                                q(QuestionKind.TEXT, "Where to grow next", List.of(ReviewRole.MANAGER), false, null))));
    }

    private static List<TemplateSection> peerSections() {
        List<ReviewRole> all = List.of(ReviewRole.SELF, ReviewRole.MANAGER, ReviewRole.PEER);
        return List.of(new TemplateSection(
                UUID.randomUUID(),
                "Working together",
                null,
                List.of(
                        q(QuestionKind.RATING, "Collaboration", all, true, "1"),
                        q(QuestionKind.RATING, "Communication", all, true, "1"),
                        q(
                                QuestionKind.TEXT,
                                "Strengths and what to work on",
                                List.of(ReviewRole.SELF, ReviewRole.MANAGER),
                                false,
                                null),
                        q(
                                QuestionKind.TEXT,
                                "What should they keep doing, or do differently?",
                                List.of(ReviewRole.PEER),
                                false,
                                null))));
    }

    private static TemplateQuestion q(
            QuestionKind kind, String text, List<ReviewRole> roles, boolean required, String weight) {
        return new TemplateQuestion(
                UUID.randomUUID(), kind, text, null, roles, required, weight == null ? null : new BigDecimal(weight));
    }

    /** The question ids of the two demo templates, found by their first words. */
    private static final class QuestionIds {
        UUID delivery;
        UUID objectives;
        UUID collaboration;
        UUID communication;
        UUID highlights;
        UUID growth;
        UUID strengths;
        UUID keep;

        QuestionIds(List<TemplateSection> sections) {
            for (TemplateSection section : sections) {
                for (TemplateQuestion q : section.questions()) {
                    String t = q.text();
                    if (t.startsWith("Delivery")) delivery = q.id();
                    else if (t.startsWith("Rate each")) objectives = q.id();
                    else if (t.startsWith("Collaboration")) collaboration = q.id();
                    else if (t.startsWith("Communication")) communication = q.id();
                    else if (t.startsWith("Highlights")) highlights = q.id();
                    else if (t.startsWith("Where")) growth = q.id();
                    else if (t.startsWith("Strengths")) strengths = q.id();
                    else if (t.startsWith("What should")) keep = q.id();
                }
            }
        }
    }

    private ReviewCycle cycle(
            Organization org, String name, CycleKind kind, ReviewTemplate template, Period period, CycleState state) {
        ReviewCycle cycle = new ReviewCycle();
        cycle.orgId = org.id;
        cycle.name = name;
        cycle.kind = kind;
        cycle.templateId = template.id;
        cycle.periodId = period.id;
        cycle.participantScope = ParticipantScope.LIST;
        cycle.state = state;
        cycle.calibration = true;
        return cycle;
    }

    private Review review(Organization org, ReviewCycle cycle, Person reviewee, Person skip) {
        Review review = new Review();
        review.orgId = org.id;
        review.cycleId = cycle.id;
        review.revieweeId = reviewee.id;
        review.managerId = reviewee.managerId;
        review.skipLevelId = skip.id;
        review.teamId = reviewee.teamId;
        return review;
    }

    private void submit(
            Organization org, Review review, ReviewRole role, Person author, List<Answer> given, Instant at) {
        ReviewAnswers row = new ReviewAnswers();
        row.orgId = org.id;
        row.reviewId = review.id;
        row.role = role;
        row.authorId = author.id;
        row.answers = json.write(given);
        row.submittedAt = at;
        answers.persist(row);
    }

    private List<Objective> objectivesOf(Person person, Period period) {
        return objectives.list(
                "ownerId = ?1 and periodId = ?2 and status in ?3",
                person.id,
                period.id,
                List.of(ObjectiveStatus.ACTIVE, ObjectiveStatus.COMPLETED, ObjectiveStatus.CANCELLED));
    }

    private static Answer rating(UUID question, int value) {
        return new Answer(question, value, null, null, null);
    }

    private static Answer text(UUID question, String value) {
        return new Answer(question, null, null, value, null);
    }

    private static Answer objectiveRatings(UUID question, List<Objective> goals, int value) {
        List<Answer.ObjectiveRating> ratings = new ArrayList<>();
        for (Objective goal : goals) {
            ratings.add(new Answer.ObjectiveRating(goal.id, value, null));
        }
        return new Answer(question, null, null, null, ratings);
    }

    private Person person(Organization org, String email) {
        return people.find("orgId = ?1 and email = ?2", org.id, email).firstResult();
    }
}
