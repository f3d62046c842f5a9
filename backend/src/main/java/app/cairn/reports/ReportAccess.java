package app.cairn.reports;

import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.time.TimeZones;
import app.cairn.feedback.FeedbackSettingsService;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.teams.TeamRepository;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * Who may open reports and over whom: admins over the whole organization; managers over themselves
 * and everyone below them; anyone else gets 403. A team or manager filter outside the caller's scope
 * is a 404 naming the field (no counts leak); ranges must run forwards and span at most two years.
 */
@RequestScoped
public class ReportAccess {

    private static final Set<String> LEVELS = Set.of("COMPANY", "TEAM", "INDIVIDUAL");

    private final CurrentUser currentUser;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final PeriodRepository periods;
    private final Clock clock;
    private final FeedbackSettingsService feedbackSettings;
    private final TimeZones zones;

    public ReportAccess(
            CurrentUser currentUser,
            PersonRepository people,
            TeamRepository teams,
            PeriodRepository periods,
            Clock clock,
            FeedbackSettingsService feedbackSettings,
            TimeZones zones) {
        this.currentUser = currentUser;
        this.people = people;
        this.teams = teams;
        this.periods = periods;
        this.clock = clock;
        this.feedbackSettings = feedbackSettings;
        this.zones = zones;
    }

    /** True when the caller may open reports at all. */
    public boolean mayOpenReports() {
        return currentUser.isAdmin() || people.countActiveReports(currentUser.id()) > 0;
    }

    public ReportScope scope(ReportFilter filter) {
        return scope(filter, false);
    }

    /**
     * As {@link #scope(ReportFilter)}; with `currentPeriodByDefault`, a request naming no period and no
     * dates covers the organization's current period (its start to today) instead of the last 13 weeks.
     */
    public ReportScope scope(ReportFilter filter, boolean currentPeriodByDefault) {
        if (!mayOpenReports()) {
            throw ApiException.forbidden("Reports cover the people below you: they open to managers and admins.");
        }
        UUID orgId = currentUser.orgId();
        ZoneId zone = zones.ofOrganization(orgId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        if (filter.periodId() != null) {
            Period period = periods.findByIdOptional(filter.periodId())
                    .filter(p -> p.orgId.equals(orgId))
                    .orElseThrow(() -> ApiException.notFound("Period", "periodId"));
            from = from == null ? period.startDate : from;
            to = to == null ? period.endDate : to;
        }
        if (currentPeriodByDefault && filter.periodId() == null && from == null && to == null) {
            Period current = periods.findCurrent(orgId, today).orElse(null);
            if (current != null) {
                from = current.startDate;
                to = current.endDate.isBefore(today) ? current.endDate : today;
            }
        }
        to = to == null ? today : to;
        from = from == null ? to.minusWeeks(13).plusDays(1) : from;
        if (to.isBefore(from)) {
            throw ApiException.invalid("to", "must be on or after from (" + from + ")");
        }
        if (from.plusYears(2).isBefore(to)) {
            throw ApiException.invalid("to", "must be at most two years after from");
        }
        if (filter.managerId() != null && !inMyScope(filter.managerId())) {
            throw ApiException.notFound("Manager", "managerId");
        }
        if (filter.teamId() != null && !teamInMyScope(filter.teamId())) {
            throw ApiException.notFound("Team", "teamId");
        }
        String level = filter.level() == null ? null : filter.level().trim().toUpperCase();
        if (level != null && !LEVELS.contains(level)) {
            throw ApiException.invalid("level", "must be one of COMPANY, TEAM, INDIVIDUAL");
        }
        String groupBy =
                filter.groupBy() == null ? "team" : filter.groupBy().trim().toLowerCase();
        if (!Set.of("team", "level", "manager").contains(groupBy)) {
            throw ApiException.invalid("groupBy", "must be one of team, level, manager");
        }
        return new ReportScope(
                orgId,
                currentUser.id(),
                currentUser.isAdmin(),
                from,
                to,
                filter.managerId(),
                filter.teamId(),
                level,
                groupBy,
                feedbackSettings.of(orgId).publicPraise,
                clock.instant(),
                zone);
    }

    private boolean inMyScope(UUID personId) {
        UUID orgId = currentUser.orgId();
        if (people.findInOrg(orgId, personId).isEmpty()) {
            return false;
        }
        return currentUser.isAdmin() || people.isInManagementChainOf(orgId, personId, currentUser.id());
    }

    private boolean teamInMyScope(UUID teamId) {
        UUID orgId = currentUser.orgId();
        if (teams.findInOrg(orgId, teamId).isEmpty()) {
            return false;
        }
        if (currentUser.isAdmin()) {
            return true;
        }
        Object found = Panache.getEntityManager()
                .createNativeQuery("""
                        with recursive below(id) as (
                            select cast(:me as uuid)
                            union
                            select p.id from people p join below b on p.manager_id = b.id
                        )
                        select exists (select 1 from people p join below b on b.id = p.id where p.team_id = :team)
                        """)
                .setParameter("me", currentUser.id())
                .setParameter("team", teamId)
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }
}
