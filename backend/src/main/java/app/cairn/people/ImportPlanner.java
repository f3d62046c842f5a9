package app.cairn.people;

import app.cairn.common.time.TimeZones;
import app.cairn.people.ImportPlan.Row;
import app.cairn.people.PeopleCsv.Column;
import app.cairn.people.PeopleCsv.Line;
import app.cairn.people.dto.PeopleImportResponse.Action;
import app.cairn.teams.Team;
import app.cairn.teams.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Works out what an import of people would do, row by row, without writing: who is new, who changes
 * and how, and every problem named by row and column. Managers resolve against the file first (in any
 * order) and then the directory; the reporting lines after the import must stay free of cycles, and
 * the organization keeps at least one active admin. Reads the organization's people and teams in two
 * queries.
 */
@ApplicationScoped
class ImportPlanner {

    /** Bean Validation's @Email in spirit: something@domain, no spaces; at most 254 characters. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    private final PersonRepository people;
    private final TeamRepository teams;

    ImportPlanner(PersonRepository people, TeamRepository teams) {
        this.people = people;
        this.teams = teams;
    }

    ImportPlan plan(UUID orgId, PeopleCsv.Parsed parsed) {
        Map<String, Person> directory = new HashMap<>();
        people.allInOrg(orgId).forEach(p -> directory.put(key(p.email), p));
        Map<String, Team> teamsByName = new HashMap<>();
        teams.list("orgId", orgId).forEach(t -> teamsByName.put(key(t.name), t));

        Set<Column> columns = parsed.columns();
        Map<String, Row> inFile = new HashMap<>();
        Map<Row, String> managerEmails = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Line line : parsed.lines()) {
            Row row = new Row(line.number());
            rows.add(row);
            if (line.extraValues() > 0) {
                row.error(Column.EMAIL, "the row has values in columns without a header");
            }
            readEmail(row, line, directory, inFile);
            readCells(row, line, columns, teamsByName);
            managerEmails.put(row, line.cells().get(Column.MANAGER_EMAIL));
        }
        for (Row row : rows) {
            if (columns.contains(Column.MANAGER_EMAIL)) {
                resolveManager(row, managerEmails.get(row), directory, inFile);
            } else {
                row.managerId = row.existing == null ? null : row.existing.managerId;
            }
        }
        checkCycles(rows, directory);
        checkAdmins(rows, directory);
        rows.forEach(ImportPlanner::decideAction);
        return new ImportPlan(rows);
    }

    private static void readEmail(Row row, Line line, Map<String, Person> directory, Map<String, Row> inFile) {
        String email = line.cells().get(Column.EMAIL);
        row.email = email;
        if (email == null) {
            row.error(Column.EMAIL, "is required");
            return;
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            row.error(Column.EMAIL, "must be an email address (at most 254 characters)");
            return;
        }
        Row first = inFile.putIfAbsent(key(email), row);
        if (first != null) {
            row.error(Column.EMAIL, "appears twice in the file: first on row " + first.number);
            return;
        }
        row.existing = directory.get(key(email));
        if (row.existing != null && row.existing.serviceAccount) {
            row.error(Column.EMAIL, "belongs to an integration's service account");
            row.existing = null;
        }
        row.id = row.existing == null ? UUID.randomUUID() : row.existing.id;
        row.email = row.existing == null ? email : row.existing.email;
    }

    private static void readCells(Row row, Line line, Set<Column> columns, Map<String, Team> teamsByName) {
        Map<Column, String> cells = line.cells();
        Person existing = row.existing;
        row.name = cells.get(Column.NAME);
        if (row.name == null) {
            row.error(Column.NAME, "is required");
        } else if (row.name.length() > 200) {
            row.error(Column.NAME, "must be at most 200 characters");
        }
        row.title = columns.contains(Column.TITLE) ? cells.get(Column.TITLE) : existing == null ? null : existing.title;
        if (row.title != null && row.title.length() > 200) {
            row.error(Column.TITLE, "must be at most 200 characters");
        }
        row.teamId = existing == null ? null : existing.teamId;
        if (columns.contains(Column.TEAM)) {
            String team = cells.get(Column.TEAM);
            Team found = team == null ? null : teamsByName.get(key(team));
            if (team != null && found == null) {
                row.error(Column.TEAM, "no team is called \"" + team + "\": create it under Admin → Teams first");
            }
            row.teamId = found == null ? null : found.id;
        }
        row.roles = existing == null ? EnumSet.of(Role.EMPLOYEE) : existing.roles;
        if (columns.contains(Column.ROLE)) {
            Set<Role> roles = roles(cells.get(Column.ROLE));
            if (roles == null) {
                row.error(Column.ROLE, "must be EMPLOYEE or ADMIN");
            } else if (existing == null || existing.isAdmin() != roles.contains(Role.ADMIN)) {
                row.roles = roles;
            }
        }
        row.timeZone = existing == null ? null : existing.timeZone;
        if (columns.contains(Column.TIME_ZONE)) {
            row.timeZone = cells.get(Column.TIME_ZONE);
            if (row.timeZone != null && !TimeZones.isValid(row.timeZone)) {
                row.error(Column.TIME_ZONE, "must be an IANA time zone name such as Europe/Berlin or America/New_York");
            }
        }
    }

    private static void resolveManager(Row row, String email, Map<String, Person> directory, Map<String, Row> inFile) {
        if (email == null) {
            row.managerId = null;
            return;
        }
        if (row.email != null && key(email).equals(key(row.email))) {
            row.error(Column.MANAGER_EMAIL, "is this person's own email: no one manages themselves");
            return;
        }
        Row managerRow = inFile.get(key(email));
        Person manager = directory.get(key(email));
        if (managerRow == null && (manager == null || manager.serviceAccount)) {
            row.error(Column.MANAGER_EMAIL, "no one has this email, in the organization or in the file");
        } else if (manager != null && !manager.active) {
            row.error(Column.MANAGER_EMAIL, "is deactivated: reactivate them or choose an active manager");
        } else {
            row.managerId = managerRow != null && managerRow.id != null ? managerRow.id : manager.id;
        }
    }

    /** Walks each changed reporting line up after the import; coming back to the person is a cycle. */
    private static void checkCycles(List<Row> rows, Map<String, Person> directory) {
        Map<UUID, UUID> managerOf = new HashMap<>();
        Map<UUID, String> emails = new HashMap<>();
        directory.values().forEach(p -> {
            managerOf.put(p.id, p.managerId);
            emails.put(p.id, p.email);
        });
        for (Row row : rows) {
            if (row.id != null) {
                managerOf.put(row.id, row.managerId);
                emails.put(row.id, row.email);
            }
        }
        for (Row row : rows) {
            if (row.id == null || row.managerId == null) {
                continue;
            }
            if (row.existing != null && Objects.equals(row.existing.managerId, row.managerId)) {
                continue;
            }
            List<String> path = new ArrayList<>(List.of(row.email));
            UUID current = row.managerId;
            for (int step = 0; current != null && step <= managerOf.size(); step++) {
                path.add(emails.get(current));
                if (current.equals(row.id)) {
                    row.error(Column.MANAGER_EMAIL, "would create a reporting cycle: " + String.join(" → ", path));
                    break;
                }
                current = managerOf.get(current);
            }
        }
    }

    /** At least one active admin must remain: the rows that take admin away are refused otherwise. */
    private static void checkAdmins(List<Row> rows, Map<String, Person> directory) {
        Map<UUID, Boolean> adminAfter = new HashMap<>();
        directory.values().stream()
                .filter(p -> p.active && !p.serviceAccount)
                .forEach(p -> adminAfter.put(p.id, p.isAdmin()));
        rows.stream()
                .filter(r -> r.id != null && (r.existing == null || r.existing.active))
                .forEach(r -> adminAfter.put(r.id, r.roles.contains(Role.ADMIN)));
        if (adminAfter.containsValue(true)) {
            return;
        }
        rows.stream()
                .filter(r -> r.existing != null && r.existing.active && r.existing.isAdmin())
                .forEach(r -> r.error(Column.ROLE, "would leave the organization without an active admin"));
    }

    private static void decideAction(Row row) {
        Person p = row.existing;
        if (p == null) {
            row.action = Action.CREATE;
            return;
        }
        if (!Objects.equals(p.name, row.name)) row.changes.add(Column.NAME.header);
        if (!Objects.equals(p.title, row.title)) row.changes.add(Column.TITLE.header);
        if (!Objects.equals(p.teamId, row.teamId)) row.changes.add(Column.TEAM.header);
        if (!Objects.equals(p.managerId, row.managerId)) row.changes.add(Column.MANAGER_EMAIL.header);
        if (p.isAdmin() != row.roles.contains(Role.ADMIN)) row.changes.add(Column.ROLE.header);
        if (!Objects.equals(p.timeZone, row.timeZone)) row.changes.add(Column.TIME_ZONE.header);
        row.action = row.changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
    }

    /** `ADMIN`, `EMPLOYEE` (either case; blank is EMPLOYEE); null when it is neither. */
    private static Set<Role> roles(String cell) {
        EnumSet<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if (cell == null) {
            return roles;
        }
        for (String part : cell.split("[;,|/\\s]+")) {
            if (part.isBlank()) continue;
            try {
                roles.add(Role.valueOf(part.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return roles;
    }

    private static String key(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }
}
