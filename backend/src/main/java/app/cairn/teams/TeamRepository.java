package app.cairn.teams;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.common.web.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** A team with the names and counts a response shows. */
    public record TeamView(Team team, String parentName, String leadName, long memberCount) {}

    private static final Map<String, String> SORTS = Map.of("name", "t.name", "createdAt", "t.createdAt");

    private static final String VIEW_SELECT = "select t, parent.name, lead.name,"
            + " (select count(p) from Person p where p.teamId = t.id and p.active = true)"
            + " from Team t left join Team parent on parent.id = t.parentId left join Person lead on lead.id = t.leadId";

    public Optional<Team> findInOrg(UUID orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResultOptional();
    }

    public Optional<TeamView> findViewInOrg(UUID orgId, UUID id) {
        return getEntityManager()
                .createQuery(VIEW_SELECT + " where t.orgId = :org and t.id = :id", Object[].class)
                .setParameter("org", orgId)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst()
                .map(TeamRepository::toView);
    }

    public PageResponse<TeamView> search(UUID orgId, String q, PageQuery page) {
        String where = " where t.orgId = :org" + (q == null || q.isBlank() ? "" : " and lower(t.name) like :q");
        var query = getEntityManager()
                .createQuery(VIEW_SELECT + where + page.orderBy(SORTS, "name", "t.id"), Object[].class)
                .setParameter("org", orgId);
        var count = getEntityManager()
                .createQuery("select count(t) from Team t" + where, Long.class)
                .setParameter("org", orgId);
        if (q != null && !q.isBlank()) {
            String pattern = SearchText.containsPattern(q);
            query.setParameter("q", pattern);
            count.setParameter("q", pattern);
        }
        List<TeamView> items = query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
                .map(TeamRepository::toView)
                .toList();
        return new PageResponse<>(items, page.page, page.size, count.getSingleResult());
    }

    public boolean nameTaken(UUID orgId, String name, UUID exceptId) {
        return count(
                        "orgId = ?1 and lower(name) = ?2 and id <> ?3",
                        orgId,
                        name.trim().toLowerCase(Locale.ROOT),
                        exceptId == null ? new UUID(0, 0) : exceptId)
                > 0;
    }

    public long countChildren(UUID teamId) {
        return count("parentId", teamId);
    }

    /** True when `candidate` is `teamId` or one of its ancestors: making it a child would close a loop. */
    public boolean isAncestorOrSelf(UUID orgId, UUID candidateChild, UUID teamId) {
        Object found = getEntityManager()
                .createNativeQuery("""
                        with recursive up(id, parent_id, depth) as (
                            select id, parent_id, 0 from teams where id = :start and org_id = :org
                            union all
                            select t.id, t.parent_id, u.depth + 1 from teams t join up u on t.id = u.parent_id
                            where u.depth < 1000
                        )
                        select exists (select 1 from up where id = :candidate)
                        """)
                .setParameter("start", teamId)
                .setParameter("org", orgId)
                .setParameter("candidate", candidateChild)
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    private static TeamView toView(Object[] row) {
        return new TeamView((Team) row[0], (String) row[1], (String) row[2], (Long) row[3]);
    }
}
