package app.cairn.reviews;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The questions of a review: ordered sections, a rating scale; stored as JSON (see {@link ReviewJson}). */
@Entity
@Table(name = "review_templates")
public class ReviewTemplate extends TenantEntity {

    public String name;

    public String description;

    /** JSON list of scale points, low to high. */
    public String scale;

    @Column(name = "allow_not_rated")
    public boolean allowNotRated = true;

    /** JSON list of sections with their questions. */
    public String sections;
}
