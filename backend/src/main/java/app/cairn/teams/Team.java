package app.cairn.teams;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A team; teams form a tree through their parent. */
@Entity
@Table(name = "teams")
public class Team extends TenantEntity {

    public String name;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(name = "lead_id")
    public UUID leadId;
}
