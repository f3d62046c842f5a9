package app.cairn.people;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Records a person's team, manager and roles in `person_history` whenever one of them changes, in the
 * caller's transaction: the timeline's "moved team" / "new manager" items and the reports' "who
 * managed whom when" read it.
 */
@ApplicationScoped
public class PersonHistory {

    /** What a person's assignment was before a change, to tell whether it changed. */
    public record Snapshot(UUID teamId, UUID managerId, Set<Role> roles) {

        public static Snapshot of(Person person) {
            return new Snapshot(person.teamId, person.managerId, Set.copyOf(person.roles));
        }
    }

    private final Clock clock;

    public PersonHistory(Clock clock) {
        this.clock = clock;
    }

    /** Records the person's current (flushed) state, as of now, by `changedBy`. */
    public void record(UUID personId, UUID changedBy) {
        record(personId, changedBy, clock.instant());
    }

    /** Records the person's current (flushed) state as of `at` (demo data backdates its history). */
    public void record(UUID personId, UUID changedBy, Instant at) {
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into person_history (org_id, person_id, valid_from, team_id, manager_id, roles, changed_by)
                        select org_id, id, :at, team_id, manager_id, roles, :by from people where id = :id
                        """)
                .setParameter("at", Timestamp.from(at))
                .setParameter("by", changedBy)
                .setParameter("id", personId)
                .executeUpdate();
    }

    /** Records the person's state when team, manager or roles differ from `before`. */
    public void recordIfChanged(Snapshot before, Person after, UUID changedBy) {
        if (!Objects.equals(before.teamId(), after.teamId)
                || !Objects.equals(before.managerId(), after.managerId)
                || !before.roles().equals(Set.copyOf(after.roles))) {
            recordBeforeIfMissing(before, after);
            record(after.id, changedBy);
        }
    }

    /** People created by a path that kept no history get their state before the change, from their creation. */
    private void recordBeforeIfMissing(Snapshot before, Person person) {
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into person_history (org_id, person_id, valid_from, team_id, manager_id, roles)
                        select :org, :id, :at, cast(:team as uuid), cast(:manager as uuid), :roles
                        where not exists (select 1 from person_history where person_id = :id)
                        """)
                .setParameter("org", person.orgId)
                .setParameter("id", person.id)
                .setParameter("at", Timestamp.from(person.createdAt == null ? clock.instant() : person.createdAt))
                .setParameter(
                        "team", before.teamId() == null ? null : before.teamId().toString())
                .setParameter(
                        "manager",
                        before.managerId() == null ? null : before.managerId().toString())
                .setParameter("roles", new RolesConverter().convertToDatabaseColumn(before.roles()))
                .executeUpdate();
    }
}
