package app.cairn.sessions;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** How often a manager and a report meet, when it differs from the organization's default. */
@Entity
@Table(name = "one_to_one_intervals")
public class OneToOneInterval extends TenantEntity {

    @Column(name = "manager_id")
    public UUID managerId;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "interval_days")
    public int intervalDays;
}
