package app.cairn.feedback;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A value the organization stands for, tagged on feedback and praise (admins define them). */
@Entity
@Table(name = "company_values")
public class CompanyValue extends TenantEntity {

    public String name;

    public String description;

    /** Archived values stay on old feedback but are no longer offered. */
    public boolean archived;

    public int position;
}
