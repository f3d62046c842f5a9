package app.cairn.reviews;

import app.cairn.common.web.Ref;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.reviews.dto.Answer;
import app.cairn.reviews.dto.ReviewResponse;
import app.cairn.reviews.dto.Score;
import app.cairn.teams.Team;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One review as the caller may read it: the parts and their statuses, the score (the formula and
 * its terms only for those who calibrate), the linked objectives for insiders, and what the caller
 * may do next ({@link ReviewPermissions}).
 */
@ApplicationScoped
public class ReviewView {

    private final ReviewAccess access;
    private final ReviewPermissions permissions;
    private final ReviewLoader loader;
    private final ReviewAnswerService answers;
    private final PersonRepository people;
    private final PeriodRepository periods;
    private final TeamRepository teams;
    private final ReviewJson json;

    public ReviewView(
            ReviewAccess access,
            ReviewPermissions permissions,
            ReviewLoader loader,
            ReviewAnswerService answers,
            PersonRepository people,
            PeriodRepository periods,
            TeamRepository teams,
            ReviewJson json) {
        this.access = access;
        this.permissions = permissions;
        this.loader = loader;
        this.answers = answers;
        this.people = people;
        this.periods = periods;
        this.teams = teams;
        this.json = json;
    }

    public ReviewResponse of(ReviewContext context) {
        Review r = context.review();
        ReviewCycle c = context.cycle();
        boolean reviewee = access.isReviewee(r);
        boolean manager = access.isManager(r);
        boolean skip = access.isSkipLevel(r);
        boolean admin = access.isAdmin();
        boolean peer = access.isPeer(r);
        boolean insider = access.isInsider(r);
        List<String> roles = new ArrayList<>();
        if (reviewee) roles.add("REVIEWEE");
        if (manager) roles.add("MANAGER");
        if (skip) roles.add("SKIP_LEVEL");
        if (peer) roles.add("PEER");
        if (admin) roles.add("ADMIN");

        Period period = periods.findById(c.periodId);
        Map<UUID, String> names = names(r);
        Team team = r.teamId == null ? null : teams.findById(r.teamId);

        Optional<ReviewAnswers> self = answers.authored(r, ReviewRole.SELF);
        Optional<ReviewAnswers> managerPart = answers.authored(r, ReviewRole.MANAGER);
        String selfStatus =
                reviewee || (insider && self.map(ReviewAnswers::isSubmitted).orElse(false))
                        ? ReviewAnswerService.status(self)
                        : (insider ? ReviewAnswerService.NOT_STARTED : null);
        String managerStatus = manager || ((admin || skip) && !reviewee) || (reviewee && r.isShared())
                ? ReviewAnswerService.status(managerPart)
                : null;
        if (managerStatus != null && !manager && ReviewAnswerService.DRAFT.equals(managerStatus)) {
            managerStatus = ReviewAnswerService.NOT_STARTED;
        }
        String myPeer = peer ? ReviewAnswerService.status(answers.mine(r, ReviewRole.PEER)) : null;

        Score score = null;
        boolean scoreVisible = reviewee ? r.isShared() : (manager || skip || admin);
        if (scoreVisible) {
            List<Answer> managerAnswers = managerPart
                    .filter(a -> a.isSubmitted() || manager)
                    .map(a -> json.answers(a.answers))
                    .orElse(List.of());
            ScoreFormula.Result result = ScoreFormula.calculate(context.sections(), managerAnswers);
            BigDecimal calculated = r.managerSubmittedAt != null ? r.provisionalRating : result.value();
            // the formula and its terms are for those who calibrate; the manager sees what it gave
            boolean calibrates = admin || skip;
            score = new Score(
                    calibrates ? ScoreFormula.DESCRIPTION : null,
                    calibrates || manager ? calculated : null,
                    r.overallRating,
                    r.overallRating != null && !Objects.equals(r.overallRating, r.provisionalRating),
                    calibrates ? result.terms() : List.of());
        }
        List<ReviewResponse.ObjectiveRef> objectives = insider
                ? loader.objectivesOf(context).stream()
                        .map(o -> new ReviewResponse.ObjectiveRef(o.id, o.title, o.status.name(), o.progress))
                        .toList()
                : List.of();
        ReviewResponse.Permissions allowed =
                permissions.of(context, self.map(ReviewAnswers::isSubmitted).orElse(false), myPeer);
        return new ReviewResponse(
                r.id,
                new ReviewResponse.Cycle(
                        c.id,
                        c.name,
                        c.kind,
                        c.state,
                        new Ref(period.id, period.name),
                        period.startDate,
                        period.endDate,
                        ReviewCycleService.deadlines(c),
                        c.calibration,
                        c.skipLevelSignOff),
                new Ref(r.revieweeId, names.get(r.revieweeId)),
                Ref.of(r.managerId, names.get(r.managerId)),
                insider ? Ref.of(r.skipLevelId, names.get(r.skipLevelId)) : null,
                team == null ? null : new Ref(team.id, team.name),
                r.state,
                r.nominationsState,
                roles,
                context.scale(),
                context.template().allowNotRated,
                context.sections(),
                objectives,
                new ReviewResponse.Parts(insider ? selfStatus : null, managerStatus, myPeer),
                score,
                r.sharedAt,
                r.acknowledgedAt,
                r.acknowledgementComment,
                r.signedOffAt,
                Ref.of(r.signedOffBy, names.get(r.signedOffBy)),
                allowed,
                r.version);
    }

    private Map<UUID, String> names(Review r) {
        List<UUID> ids = new ArrayList<>();
        for (UUID id : new UUID[] {r.revieweeId, r.managerId, r.skipLevelId, r.signedOffBy}) {
            if (id != null) {
                ids.add(id);
            }
        }
        Map<UUID, String> names = new HashMap<>();
        for (Person p : people.list("id in ?1", ids)) {
            names.put(p.id, p.name);
        }
        return names;
    }
}
