package app.cairn.integrations.serviceaccounts;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An organization-level identity for an integration. Its id is the id of its person row (marked
 * `service_account`, no password), so what it writes is attributed like anyone's; `scopes` bound
 * what any of its tokens may do.
 */
@Entity
@Table(name = "service_accounts")
public class ServiceAccount extends TenantEntity {

    public String description;

    /** Space-separated `area:read|write`. */
    public String scopes;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;
}
