package app.cairn.cascade;

import app.cairn.cascade.CascadeAnswer.Item;
import app.cairn.cascade.CascadeQuery.Point;
import app.cairn.cascade.CascadeQuery.Row;
import app.cairn.cascade.dto.CascadeResponse.Coverage;
import app.cairn.cascade.dto.CascadeResponse.PeriodInfo;
import app.cairn.cascade.dto.CascadeResponse.Unaligned;
import app.cairn.common.error.ApiException;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.Ref;
import app.cairn.objectives.ObjectiveAccess;
import app.cairn.objectives.ObjectiveLevel;
import app.cairn.objectives.ObjectiveStatus;
import app.cairn.periods.Period;
import app.cairn.periods.PeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Assembles the cascade from {@link CascadeQuery}'s rows in one pass: the forest, hidden-children
 * counts, the filters (root, team, person), a depth-first order (company goals first, then by
 * title) and alignment coverage; {@link CascadeAnswer} writes the nodes (down to the requested
 * depth) and the summary. Progress comes from the database, where the roll-up already counted
 * hidden children.
 */
@ApplicationScoped
public class CascadeService {

    /** The filters of GET /cascade; null means "not filtered". */
    public record Request(
            UUID periodId, UUID rootId, UUID teamId, UUID personId, Integer depth, Instant asOf, boolean series) {}

    /** Levels below the roots sent when the request names no depth (the page draws three, then opens more). */
    public static final int DEFAULT_DEPTH = 3;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CascadeQuery query;
    private final ObjectiveAccess access;
    private final PeriodRepository periods;
    private final TimeZones timeZones;
    private final Clock clock;

    public CascadeService(
            CascadeQuery query, ObjectiveAccess access, PeriodRepository periods, TimeZones timeZones, Clock clock) {
        this.query = query;
        this.access = access;
        this.periods = periods;
        this.timeZones = timeZones;
        this.clock = clock;
    }

    /**
     * A weak ETag for this caller and request: it changes whenever the answer may (a change to the
     * organization's objectives, people, teams or periods committed, or the caller's day turned), so
     * an unchanged cascade can be answered 304 without being computed. Read before the cascade, so
     * a body is never older than its tag.
     */
    public String etag(Request request) {
        String stamp = String.join(
                "|",
                access.me().toString(),
                String.valueOf(request),
                today().toString(),
                String.valueOf(query.changeStamp(access.orgId())));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The cascade for the request, assembled and ready to be written ({@link CascadeAnswer#write}).
     * Without a depth it holds the first {@link #DEFAULT_DEPTH} levels below the roots; a client asks
     * for deeper subtrees with rootId (and depth) when a node is opened.
     */
    public CascadeAnswer cascade(Request request) {
        Instant now = clock.instant();
        Instant asOf = request.asOf() == null || !request.asOf().isBefore(now) ? null : request.asOf();
        Period period = period(request.periodId(), asOf == null ? now : asOf);
        if (period == null) {
            return CascadeAnswer.empty(asOf, coverage(List.of()));
        }
        List<Row> rows = query.rows(access, period.id, asOf);
        Map<UUID, Item> items = new HashMap<>(rows.size() * 2);
        for (Row row : rows) {
            items.put(row.id(), new Item(row));
        }
        List<Item> roots = new ArrayList<>();
        for (Item item : items.values()) {
            Item parent = item.row.parentId() == null ? null : items.get(item.row.parentId());
            if (parent == null) {
                roots.add(item);
                continue;
            }
            item.parent = parent;
            parent.children.add(item);
            if (item.countsInRollup()) {
                parent.rolledUpWeight = parent.rolledUpWeight.add(item.row.weight());
            }
            if (!item.row.visible()) {
                parent.hiddenChildren++;
            }
        }
        Comparator<Item> order = Comparator.<Item>comparingInt(
                        i -> i.row.level().ordinal())
                .thenComparing(i -> i.sortTitle)
                .thenComparing(i -> i.row.id());
        roots.sort(order);
        items.values().forEach(i -> i.children.sort(order));

        List<Item> starts = roots;
        if (request.rootId() != null) {
            Item root = items.get(request.rootId());
            if (root == null || !root.row.visible()) {
                throw ApiException.notFound("Objective " + request.rootId());
            }
            starts = List.of(root);
        }
        Set<UUID> matches = matches(items, request);
        Set<UUID> included = matches == null ? null : includedFor(matches, items);
        Map<UUID, List<BigDecimal>> series = request.series() ? series(period, asOf == null ? now : asOf) : Map.of();
        return new CascadeAnswer(
                new PeriodInfo(period.id, period.name, period.startDate, period.endDate),
                asOf,
                starts,
                included,
                matches,
                series,
                request.depth() == null ? DEFAULT_DEPTH : request.depth(),
                coverage(coverageItems(items.values())));
    }

    private Period period(UUID periodId, Instant at) {
        if (periodId != null) {
            return periods.findInOrg(access.orgId(), periodId)
                    .orElseThrow(() -> ApiException.invalid("periodId", "is not a period of this organization"));
        }
        return periods.findCurrent(access.orgId(), LocalDate.ofInstant(at, timeZones.of(access.caller())))
                .or(() -> periods.find("orgId = ?1 order by startDate desc", access.orgId())
                        .firstResultOptional())
                .orElse(null);
    }

    /** The caller's date, in their time zone. */
    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), timeZones.of(access.caller()));
    }

    /**
     * Visible objectives matching the team filter (the team's own, or owned by a member) and the person
     * filter (owned by them); null without such a filter.
     */
    private static Set<UUID> matches(Map<UUID, Item> items, Request request) {
        if (request.teamId() == null && request.personId() == null) {
            return null;
        }
        Set<UUID> matches = new HashSet<>();
        for (Item item : items.values()) {
            Row row = item.row;
            boolean team = request.teamId() == null
                    || request.teamId().equals(row.teamId())
                    || request.teamId().equals(row.ownerTeamId());
            boolean person = request.personId() == null || request.personId().equals(row.ownerId());
            if (row.visible() && team && person) {
                matches.add(row.id());
            }
        }
        return matches;
    }

    /** The matches with their paths up and their subtrees down. */
    private static Set<UUID> includedFor(Set<UUID> matches, Map<UUID, Item> items) {
        Set<UUID> included = new HashSet<>();
        for (UUID id : matches) {
            for (Item up = items.get(id); up != null && included.add(up.row.id()); up = up.parent) {
                // a path up stops where it joins one already included: that one's path is complete
            }
        }
        Set<UUID> expanded = new HashSet<>();
        Deque<Item> down = new ArrayDeque<>();
        matches.forEach(id -> down.push(items.get(id)));
        while (!down.isEmpty()) {
            Item item = down.pop();
            if (expanded.add(item.row.id())) {
                included.add(item.row.id());
                item.children.forEach(down::push);
            }
        }
        return included;
    }

    /** Weekly progress (at the end of each week of the period, up to `until`) per objective. */
    private Map<UUID, List<BigDecimal>> series(Period period, Instant until) {
        Map<UUID, List<Point>> history = query.history(access.orgId(), period.id, until);
        List<Instant> samples = new ArrayList<>();
        Instant end = period.endDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (Instant t = period.startDate.plusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC);
                !t.isAfter(end) && !t.isAfter(until);
                t = t.plus(Duration.ofDays(7))) {
            samples.add(t);
        }
        samples.add(until.isBefore(end) ? until : end);
        Map<UUID, List<BigDecimal>> series = new HashMap<>();
        history.forEach((id, points) -> {
            List<BigDecimal> values = new ArrayList<>(samples.size());
            int p = -1;
            for (Instant sample : samples) {
                while (p + 1 < points.size() && !points.get(p + 1).at().isAfter(sample)) {
                    p++;
                }
                values.add(p < 0 ? BigDecimal.ZERO : points.get(p).progress());
            }
            series.put(id, values);
        });
        return series;
    }

    /** The in-period objectives the coverage figures are about: visible, not cancelled. */
    private static List<Item> coverageItems(java.util.Collection<Item> items) {
        return items.stream()
                .filter(i -> i.row.inPeriod() && i.row.visible() && i.row.status() != ObjectiveStatus.CANCELLED)
                .toList();
    }

    private static Coverage coverage(List<Item> items) {
        int alignable = 0;
        int aligned = 0;
        List<Ref> unsupported = new ArrayList<>();
        List<Unaligned> unaligned = new ArrayList<>();
        for (Item item : items) {
            Row row = item.row;
            if (row.level() == ObjectiveLevel.COMPANY) {
                boolean supported = item.children.stream().anyMatch(c -> c.row.status() != ObjectiveStatus.CANCELLED);
                if (!supported) {
                    unsupported.add(new Ref(row.id(), row.title()));
                }
                continue;
            }
            alignable++;
            Item root = item;
            while (root.parent != null) {
                root = root.parent;
            }
            if (root != item && root.row.level() == ObjectiveLevel.COMPANY) {
                aligned++;
            }
            if (row.parentId() == null) {
                unaligned.add(
                        new Unaligned(row.id(), row.title(), row.level(), new Ref(row.ownerId(), row.ownerName())));
            }
        }
        unsupported.sort(Comparator.comparing(Ref::name));
        unaligned.sort(Comparator.comparing(Unaligned::title));
        BigDecimal percent = alignable == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(aligned)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(alignable), 1, RoundingMode.HALF_UP);
        return new Coverage(alignable, aligned, percent, unsupported, unaligned);
    }
}
