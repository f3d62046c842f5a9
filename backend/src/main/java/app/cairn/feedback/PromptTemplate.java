package app.cairn.feedback;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A prompt for feedback requests and the compose form, written by admins. */
@Entity
@Table(name = "feedback_prompt_templates")
public class PromptTemplate extends TenantEntity {

    public String name;

    public String prompt;
}
