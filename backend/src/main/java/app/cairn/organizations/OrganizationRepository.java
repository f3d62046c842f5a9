package app.cairn.organizations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> findBySlug(String slug) {
        return find("lower(slug) = ?1", slug.toLowerCase()).firstResultOptional();
    }
}
