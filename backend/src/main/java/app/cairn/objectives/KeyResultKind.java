package app.cairn.objectives;

import java.math.BigDecimal;

/**
 * How a key result is measured. MILESTONE counts milestones reached out of the target; BOOLEAN is done (1)
 * or not (0).
 */
public enum KeyResultKind {
    PERCENT,
    NUMBER,
    CURRENCY,
    BOOLEAN,
    MILESTONE;

    /** Why `value` cannot be a value of this kind, or null when it can. */
    public String problemWith(BigDecimal value) {
        if (this == BOOLEAN && value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
            return "must be 0 (not done) or 1 (done)";
        }
        if (this == MILESTONE && value.stripTrailingZeros().scale() > 0) {
            return "must be a whole number of milestones";
        }
        return null;
    }
}
