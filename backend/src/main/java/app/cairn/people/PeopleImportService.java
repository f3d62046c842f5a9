package app.cairn.people;

import app.cairn.auth.AccountService;
import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.people.ImportPlan.Row;
import app.cairn.people.PersonRepository.Filter;
import app.cairn.people.dto.PeopleImportResponse;
import app.cairn.people.dto.PeopleImportResponse.Action;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The directory as CSV: export, and import (a preview with `dryRun`, else everything in one
 * transaction or nothing). New people get the invitation e-mail through the outbox, after commit.
 */
@ApplicationScoped
public class PeopleImportService {

    private final PersonRepository people;
    private final ImportPlanner planner;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final PersonHistory history;
    private final AuditLog audit;

    public PeopleImportService(
            PersonRepository people,
            ImportPlanner planner,
            CurrentUser currentUser,
            AccountService accounts,
            PersonHistory history,
            AuditLog audit) {
        this.people = people;
        this.planner = planner;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.history = history;
        this.audit = audit;
    }

    /** The directory (the list's filters) as CSV with the import's columns. */
    public StreamingOutput export(Filter filter) {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins export the directory.");
        }
        List<PersonRepository.ExportRow> rows = people.exportRows(currentUser.orgId(), filter);
        return output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            PeopleCsv.write(writer, rows);
            writer.flush();
        };
    }

    /** A preview of the import: what each row would do and what is wrong, nothing saved. */
    @Transactional
    public PeopleImportResponse preview(byte[] csv) {
        return planner.plan(currentUser.orgId(), PeopleCsv.parse(csv)).response(true);
    }

    /** Saves the whole file, or nothing when a row has an error (400 naming each row and column). */
    @Transactional
    public PeopleImportResponse importPeople(byte[] csv, boolean invite) {
        UUID orgId = currentUser.orgId();
        ImportPlan plan = planner.plan(orgId, PeopleCsv.parse(csv));
        if (plan.hasErrors()) {
            throw ApiException.invalid(plan.fieldErrors());
        }
        List<Person> created = new ArrayList<>();
        for (Row row : plan.rows) {
            if (row.action == Action.CREATE) {
                Person person = new Person();
                person.id = row.id;
                person.orgId = orgId;
                person.email = row.email;
                apply(person, row);
                person.managerId = null; // a manager may be created further down the file
                people.persist(person);
                created.add(person);
            }
        }
        people.flush();
        List<PersonHistory.Snapshot> previous = new ArrayList<>();
        List<Person> updated = new ArrayList<>();
        List<Changes> changes = new ArrayList<>();
        for (Row row : plan.rows) {
            if (row.action == Action.CREATE) {
                people.findById(row.id).managerId = row.managerId;
            } else if (row.action == Action.UPDATE) {
                Person person = row.existing;
                previous.add(PersonHistory.Snapshot.of(person));
                Changes change = Changes.of()
                        .field("name", person.name, row.name)
                        .field("title", person.title, row.title)
                        .field("teamId", person.teamId, row.teamId)
                        .field("managerId", person.managerId, row.managerId)
                        .field("roles", person.roles, row.roles)
                        .field("timeZone", person.timeZone, row.timeZone);
                apply(person, row);
                updated.add(person);
                changes.add(change);
            }
        }
        people.flush();
        String inviter = currentUser.person().name;
        for (Person person : created) {
            history.record(person.id, currentUser.id());
            audit.record("person.imported", "people", person.id, person.name, created(person));
            if (invite) {
                accounts.sendInvitation(person, inviter);
            }
        }
        for (int i = 0; i < updated.size(); i++) {
            Person person = updated.get(i);
            history.recordIfChanged(previous.get(i), person, currentUser.id());
            audit.record("person.updated", "people", person.id, person.name, changes.get(i));
        }
        Log.infof("People import in %s: %d created, %d updated", orgId, created.size(), updated.size());
        return plan.response(false);
    }

    private static void apply(Person person, Row row) {
        person.name = row.name;
        person.title = row.title;
        person.teamId = row.teamId;
        person.managerId = row.managerId;
        person.roles = EnumSet.copyOf(row.roles);
        person.timeZone = row.timeZone;
    }

    private static Changes created(Person person) {
        return Changes.of()
                .field("email", null, person.email)
                .field("name", null, person.name)
                .field("title", null, person.title)
                .field("teamId", null, person.teamId)
                .field("managerId", null, person.managerId)
                .field("roles", null, person.roles)
                .field("timeZone", null, person.timeZone);
    }
}
