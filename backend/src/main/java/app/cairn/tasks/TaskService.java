package app.cairn.tasks;

import app.cairn.common.persistence.SqlValues;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.time.TimeZones;
import app.cairn.common.web.PageQuery;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.sessions.SessionSettingsService;
import app.cairn.tasks.dto.TaskCount;
import app.cairn.tasks.dto.TaskList;
import app.cairn.tasks.dto.TaskResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The caller's to-do inbox, computed from live data in one query (TaskQueries): reviews to write or
 * sign off, nominations to approve, drafts to agree, objectives without a check-in within the
 * organization's check-in cadence, 1:1s in
 * the next 48 h and overdue 1:1s with reports, own action items due, feedback requests, cycles to
 * calibrate (admins). Due days end at midnight in the caller's time zone.
 */
@ApplicationScoped
public class TaskService {

    private static final Duration PREPARE_WINDOW = Duration.ofHours(48);

    private final EntityManager em;
    private final CurrentUser currentUser;
    private final SessionSettingsService sessionSettings;
    private final OrganizationRepository organizations;
    private final TimeZones zones;
    private final Clock clock;

    public TaskService(
            EntityManager em,
            CurrentUser currentUser,
            SessionSettingsService sessionSettings,
            OrganizationRepository organizations,
            TimeZones zones,
            Clock clock) {
        this.em = em;
        this.currentUser = currentUser;
        this.sessionSettings = sessionSettings;
        this.organizations = organizations;
        this.zones = zones;
        this.clock = clock;
    }

    public TaskList mine(PageQuery page) {
        List<TaskResponse> all = compute();
        Map<TaskKind, long[]> counts = new EnumMap<>(TaskKind.class);
        for (TaskResponse task : all) {
            long[] c = counts.computeIfAbsent(task.kind(), k -> new long[2]);
            c[0]++;
            c[1] += task.overdue() ? 1 : 0;
        }
        List<TaskResponse> items =
                all.stream().skip(page.offset()).limit(page.size).toList();
        return new TaskList(
                items,
                page.page,
                page.size,
                all.size(),
                counts.entrySet().stream()
                        .map(e -> new TaskCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }

    private List<TaskResponse> compute() {
        Instant now = clock.instant();
        ZoneId zone = zones.of(currentUser.person());
        LocalDate today = LocalDate.ofInstant(now, zone);
        int checkInDays = organizations.findById(currentUser.orgId()).checkInCadenceDays;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TaskQueries.TASKS)
                .setParameter("me", currentUser.id())
                .setParameter("org", currentUser.orgId())
                .setParameter("admin", currentUser.isAdmin())
                .setParameter("now", utc(now))
                .setParameter("soon", utc(now.plus(PREPARE_WINDOW)))
                .setParameter("today", today)
                .setParameter("checkin_days", checkInDays)
                .setParameter("checkin_cutoff", utc(now.minus(Duration.ofDays(checkInDays))))
                .setParameter("default_days", sessionSettings.of(currentUser.orgId()).defaultIntervalDays)
                .getResultList();
        List<TaskResponse> tasks = new ArrayList<>();
        for (Object[] row : rows) {
            TaskKind kind = TaskKind.valueOf((String) row[0]);
            Instant dueAt = SqlValues.instant(row[4]);
            LocalDate dueOn = SqlValues.localDate(row[5]);
            if (dueAt == null && dueOn != null) {
                dueAt = dueOn.plusDays(1).atStartOfDay(zone).toInstant();
            }
            boolean overdue = kind == TaskKind.ONE_TO_ONE_OVERDUE || (dueAt != null && dueAt.isBefore(now));
            tasks.add(new TaskResponse(kind, (String) row[1], (String) row[2], (UUID) row[3], dueAt, overdue));
        }
        tasks.sort(Comparator.comparing((TaskResponse t) -> !t.overdue())
                .thenComparing(TaskResponse::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TaskResponse::title));
        return tasks;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
