package app.cairn.people;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Someone in an organization: an employee, maybe a manager (has reports), maybe an admin. */
@Entity
@Table(name = "people")
public class Person extends TenantEntity {

    public String email;

    public String name;

    public String title;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "manager_id")
    public UUID managerId;

    @Convert(converter = RolesConverter.class)
    public Set<Role> roles = EnumSet.of(Role.EMPLOYEE);

    public boolean active = true;

    /** IANA zone of this person's calendars; null means the organization's (see TimeZones). */
    @Column(name = "time_zone")
    public String timeZone;

    /** A bcrypt hash (see PasswordHasher); null until an invited person sets a password. Never leaves the server. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** When the person proved the email is theirs (a link sent to it); null: they cannot sign in yet. */
    @Column(name = "email_verified_at")
    public Instant emailVerifiedAt;

    /** An integration's identity (integrations/ServiceAccount): never signs in, not in the directory. */
    @Column(name = "service_account", updatable = false)
    public boolean serviceAccount;

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
