package app.cairn.reviews;

import app.cairn.common.web.Ref;
import app.cairn.people.PersonRepository;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import app.cairn.reviews.dto.CycleResponse;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Review cycles to responses. A page of cycles loads its templates, periods, teams, participants
 * and review counts in one query each, whatever its size.
 */
@ApplicationScoped
public class CycleMapper {

    private final ReviewTemplateRepository templates;
    private final PeriodRepository periods;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final ReviewRepository reviews;
    private final ReviewJson json;

    public CycleMapper(
            ReviewTemplateRepository templates,
            PeriodRepository periods,
            TeamRepository teams,
            PersonRepository people,
            ReviewRepository reviews,
            ReviewJson json) {
        this.templates = templates;
        this.periods = periods;
        this.teams = teams;
        this.people = people;
        this.reviews = reviews;
        this.json = json;
    }

    public CycleResponse toResponse(ReviewCycle cycle) {
        return toResponses(List.of(cycle)).get(0);
    }

    public List<CycleResponse> toResponses(List<ReviewCycle> cycles) {
        if (cycles.isEmpty()) {
            return List.of();
        }
        UUID orgId = cycles.get(0).orgId;
        Map<UUID, List<UUID>> participantIds =
                cycles.stream().collect(Collectors.toMap(c -> c.id, c -> json.ids(c.participantIds)));
        Map<UUID, String> templateNames = names(
                templates.list("orgId = ?1 and id in ?2", orgId, ids(cycles, c -> c.templateId)),
                t -> t.id,
                t -> t.name);
        Map<UUID, Period> periodsById = byId(periods.list("id in ?1", ids(cycles, c -> c.periodId)), p -> p.id);
        Set<UUID> teamIds = ids(cycles, c -> c.participantTeamId);
        Map<UUID, String> teamNames =
                teamIds.isEmpty() ? Map.of() : names(teams.list("id in ?1", teamIds), t -> t.id, t -> t.name);
        Set<UUID> personIds = new HashSet<>();
        participantIds.values().forEach(personIds::addAll);
        Map<UUID, String> personNames = personIds.isEmpty()
                ? Map.of()
                : names(people.list("orgId = ?1 and id in ?2", orgId, personIds), p -> p.id, p -> p.name);
        Map<UUID, Long> counts = new HashMap<>();
        reviews.getEntityManager()
                .createQuery(
                        "select r.cycleId, count(r) from Review r where r.cycleId in :ids group by r.cycleId",
                        Object[].class)
                .setParameter("ids", ids(cycles, c -> c.id))
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return cycles.stream()
                .map(c -> {
                    Period period = periodsById.get(c.periodId);
                    List<Ref> participants = participantIds.get(c.id).stream()
                            .filter(personNames::containsKey)
                            .map(id -> new Ref(id, personNames.get(id)))
                            .sorted(Comparator.comparing(Ref::name))
                            .toList();
                    return new CycleResponse(
                            c.id,
                            c.name,
                            c.kind,
                            c.appraisalType,
                            new Ref(c.templateId, templateNames.get(c.templateId)),
                            new Ref(period.id, period.name),
                            period.startDate,
                            period.endDate,
                            c.participantScope,
                            c.participantTeamId == null
                                    ? null
                                    : new Ref(c.participantTeamId, teamNames.get(c.participantTeamId)),
                            participants,
                            ReviewCycleService.deadlines(c),
                            c.minPeers,
                            c.maxPeers,
                            c.calibration,
                            c.skipLevelSignOff,
                            c.peerSummaryRelease,
                            c.state,
                            c.launchedAt,
                            c.closedAt,
                            counts.getOrDefault(c.id, 0L),
                            c.version);
                })
                .toList();
    }

    private static <T> Set<UUID> ids(Collection<T> rows, Function<T, UUID> id) {
        return rows.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> Map<UUID, String> names(List<T> rows, Function<T, UUID> id, Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(id, name));
    }
}
