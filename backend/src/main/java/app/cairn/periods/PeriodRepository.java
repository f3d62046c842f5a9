package app.cairn.periods;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PeriodRepository implements PanacheRepositoryBase<Period, UUID> {

    public Optional<Period> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    /** The shortest period containing `day` (a quarter rather than the year around it). */
    public Optional<Period> findCurrent(UUID orgId, LocalDate day) {
        return find(
                        "orgId = ?1 and startDate <= ?2 and endDate >= ?2 order by (endDate - startDate), startDate desc",
                        orgId,
                        day)
                .firstResultOptional();
    }

    public boolean nameTaken(UUID orgId, String name, UUID exceptId) {
        return count(
                        "orgId = ?1 and lower(name) = ?2 and id <> ?3",
                        orgId,
                        name.trim().toLowerCase(Locale.ROOT),
                        exceptId == null ? new UUID(0, 0) : exceptId)
                > 0;
    }
}
