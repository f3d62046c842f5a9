package app.cairn.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An organization's feedback settings; a missing row means the defaults (every visibility allowed). */
@Entity
@Table(name = "feedback_settings")
public class FeedbackSettings {

    public static final String SITUATION = "Where and when did it happen? Name the meeting, task or moment.";
    public static final String BEHAVIOUR = "What did they do or say? Describe what you saw, not what you think of it.";
    public static final String IMPACT = "What did it change for you, the team or the customer?";

    @Id
    @Column(name = "org_id")
    public UUID orgId;

    @Column(name = "allow_private")
    public boolean allowPrivate = true;

    @Column(name = "allow_managers")
    public boolean allowManagers = true;

    @Column(name = "public_praise")
    public boolean publicPraise = true;

    @Column(name = "guidance_situation")
    public String guidanceSituation;

    @Column(name = "guidance_behaviour")
    public String guidanceBehaviour;

    @Column(name = "guidance_impact")
    public String guidanceImpact;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public boolean allows(FeedbackVisibility visibility) {
        return switch (visibility) {
            case PRIVATE -> allowPrivate;
            case MANAGERS -> allowManagers;
            case PUBLIC -> publicPraise;
        };
    }
}
