package app.cairn.integrations.serviceaccounts;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ServiceAccountRepository implements PanacheRepositoryBase<ServiceAccount, UUID> {

    /** An account with its person row (name, roles, active). */
    public record AccountView(ServiceAccount account, Person person) {}

    public PageResponse<AccountView> list(UUID orgId, PageQuery page) {
        List<AccountView> items = getEntityManager()
                .createQuery(
                        "select s, p from ServiceAccount s join Person p on p.id = s.id where s.orgId = :org"
                                + " order by p.active desc, p.name, s.id",
                        Object[].class)
                .setParameter("org", orgId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size)
                .getResultList()
                .stream()
                .map(r -> new AccountView((ServiceAccount) r[0], (Person) r[1]))
                .toList();
        return new PageResponse<>(items, page.page, page.size, count("orgId", orgId));
    }

    public Optional<AccountView> findView(UUID orgId, UUID id) {
        return getEntityManager()
                .createQuery(
                        "select s, p from ServiceAccount s join Person p on p.id = s.id"
                                + " where s.orgId = :org and s.id = :id",
                        Object[].class)
                .setParameter("org", orgId)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(r -> new AccountView((ServiceAccount) r[0], (Person) r[1]));
    }
}
