package app.cairn.people;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** A person with the names a response shows next to the ids. */
    public record PersonView(Person person, String teamName, String managerName, long reportCount) {}

    /** Filters of the people directory; null means "any". */
    public record Filter(String q, UUID teamId, UUID managerId, boolean includeInactive) {}

    private static final Map<String, String> SORTS = Map.of(
            "name", "p.name",
            "email", "p.email",
            "title", "p.title",
            "team", "t.name",
            "createdAt", "p.createdAt");

    private static final String VIEW_SELECT = "select p, t.name, m.name,"
            + " (select count(r) from Person r where r.managerId = p.id and r.active = true)"
            + " from Person p left join Team t on t.id = p.teamId left join Person m on m.id = p.managerId";

    public Optional<Person> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    public Optional<PersonView> findViewInOrg(UUID orgId, UUID id) {
        List<Object[]> rows = getEntityManager()
                .createQuery(VIEW_SELECT + " where p.orgId = :org and p.id = :id", Object[].class)
                .setParameter("org", orgId)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(PersonRepository::toView);
    }

    public PageResponse<PersonView> search(UUID orgId, Filter filter, PageQuery page) {
        Where where = where(orgId, filter);
        TypedQuery<Object[]> query = getEntityManager()
                .createQuery(VIEW_SELECT + where.clause() + page.orderBy(SORTS, "name", "p.id"), Object[].class);
        TypedQuery<Long> count =
                getEntityManager().createQuery("select count(p) from Person p" + where.clause(), Long.class);
        where.params().forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<PersonView> items = query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
                .map(PersonRepository::toView)
                .toList();
        return new PageResponse<>(items, page.page, page.size, count.getSingleResult());
    }

    /** A directory line as the CSV export writes it (the import's columns), sorted by name. */
    public record ExportRow(
            String email,
            String name,
            String title,
            String team,
            String managerEmail,
            Set<Role> roles,
            String timeZone) {}

    /** The directory (same filters as {@link #search}) in one query, for the CSV export. */
    public List<ExportRow> exportRows(UUID orgId, Filter filter) {
        Where where = where(orgId, filter);
        TypedQuery<Object[]> query = getEntityManager()
                .createQuery(
                        "select p.email, p.name, p.title, t.name, m.email, p.roles, p.timeZone from Person p"
                                + " left join Team t on t.id = p.teamId left join Person m on m.id = p.managerId"
                                + where.clause() + " order by p.name, p.id",
                        Object[].class);
        where.params().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(row -> new ExportRow(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        castRoles(row[5]),
                        (String) row[6]))
                .toList();
    }

    /** People of the organization by id, with their names, in one query (absent ids are left out). */
    public List<PersonView> viewsInOrg(UUID orgId, Collection<UUID> ids) {
        return getEntityManager()
                .createQuery(
                        VIEW_SELECT + " where p.orgId = :org and p.id in :ids order by p.name, p.id", Object[].class)
                .setParameter("org", orgId)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(PersonRepository::toView)
                .toList();
    }

    /** Everyone of the organization, service accounts included (their emails are taken too). */
    public List<Person> allInOrg(UUID orgId) {
        return list("orgId", orgId);
    }

    private record Where(String clause, Map<String, Object> params) {}

    private static Where where(UUID orgId, Filter filter) {
        StringBuilder where = new StringBuilder(" where p.orgId = :org and p.serviceAccount = false");
        Map<String, Object> params = new HashMap<>();
        params.put("org", orgId);
        if (!filter.includeInactive()) {
            where.append(" and p.active = true");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(
                    " and (lower(p.name) like :q or lower(p.email) like :q or lower(coalesce(p.title, '')) like :q)");
            params.put("q", SearchText.containsPattern(filter.q()));
        }
        if (filter.teamId() != null) {
            where.append(" and p.teamId = :team");
            params.put("team", filter.teamId());
        }
        if (filter.managerId() != null) {
            where.append(" and p.managerId = :manager");
            params.put("manager", filter.managerId());
        }
        return new Where(where.toString(), params);
    }

    @SuppressWarnings("unchecked")
    private static Set<Role> castRoles(Object roles) {
        return roles instanceof Set<?> set
                ? (Set<Role>) set
                : new RolesConverter().convertToEntityAttribute((String) roles);
    }

    public List<Person> findActiveByEmail(String email) {
        return list("lower(email) = ?1 and active = true", email.trim().toLowerCase(Locale.ROOT));
    }

    public boolean emailTaken(UUID orgId, String email, UUID exceptId) {
        return count(
                        "orgId = ?1 and lower(email) = ?2 and id <> ?3",
                        orgId,
                        email.trim().toLowerCase(Locale.ROOT),
                        exceptId == null ? new UUID(0, 0) : exceptId)
                > 0;
    }

    public long countActiveAdmins(UUID orgId) {
        Number count = (Number) getEntityManager()
                .createNativeQuery(
                        "select count(*) from people where org_id = :org and active and not service_account and roles like '%ADMIN%'")
                .setParameter("org", orgId)
                .getSingleResult();
        return count.longValue();
    }

    public long countActiveReports(UUID managerId) {
        return count("managerId = ?1 and active = true", managerId);
    }

    /** True when `candidate` is `personId` or one of the managers above it (a reporting cycle). */
    public boolean isInManagementChainOf(UUID orgId, UUID personId, UUID candidate) {
        return managementChain(orgId, personId).contains(candidate);
    }

    /** `personId` and every manager above it, in one query. */
    @SuppressWarnings("unchecked")
    public Set<UUID> managementChain(UUID orgId, UUID personId) {
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                        with recursive chain(id, manager_id, depth) as (
                            select id, manager_id, 0 from people where id = :start and org_id = :org
                            union all
                            select p.id, p.manager_id, c.depth + 1
                            from people p join chain c on p.id = c.manager_id
                            where c.depth < 1000
                        )
                        select distinct id from chain
                        """, UUID.class)
                .setParameter("start", personId)
                .setParameter("org", orgId)
                .getResultList();
        return Set.copyOf(ids);
    }

    /** All active people of the organization, for the org chart. */
    public List<PersonView> activeViews(UUID orgId) {
        return getEntityManager()
                .createQuery(
                        VIEW_SELECT
                                + " where p.orgId = :org and p.active = true and p.serviceAccount = false order by p.name, p.id",
                        Object[].class)
                .setParameter("org", orgId)
                .getResultList()
                .stream()
                .map(PersonRepository::toView)
                .toList();
    }

    private static PersonView toView(Object[] row) {
        return new PersonView((Person) row[0], (String) row[1], (String) row[2], (Long) row[3]);
    }
}
