package app.cairn.sessions;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Agenda items that pre-fill a new session: the organization's standard (no owner) or a person's own. */
@Entity
@Table(name = "agenda_templates")
public class AgendaTemplate extends TenantEntity {

    /** Null for an organization standard template. */
    @Column(name = "owner_id")
    public UUID ownerId;

    public String name;

    /** The items, in order (a PostgreSQL text array). */
    public String[] items = new String[0];
}
