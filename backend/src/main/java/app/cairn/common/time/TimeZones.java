package app.cairn.common.time;

import app.cairn.organizations.Organization;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The time zone a calendar is computed in: a person's own zone when set, else their organization's.
 * Instants are stored in UTC; dates a person reads or expects (deadlines, recurrences, digests,
 * weekly buckets) are computed in the zone this returns.
 */
@ApplicationScoped
public class TimeZones {

    private final OrganizationRepository organizations;

    public TimeZones(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public ZoneId of(Person person) {
        return person.timeZone != null ? ZoneId.of(person.timeZone) : ofOrganization(person.orgId);
    }

    public ZoneId ofOrganization(UUID orgId) {
        return of(organizations.findById(orgId));
    }

    public static ZoneId of(Organization organization) {
        return ZoneId.of(organization.timeZone);
    }

    /** True when `zone` is an IANA zone name Java knows (`Europe/Berlin`, `UTC`); offsets like `+02:00` are not. */
    public static boolean isValid(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }
}
