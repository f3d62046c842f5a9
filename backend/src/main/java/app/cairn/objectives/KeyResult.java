package app.cairn.objectives;

import app.cairn.common.persistence.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * A measurable result of an objective: progress = clamp((current − start) / (target − start)). A
 * check-in writes `current_value` and bumps the version, so an edit made on an older read is a 409.
 */
@Entity
@Table(name = "key_results")
public class KeyResult extends TenantEntity {

    @Column(name = "objective_id", updatable = false)
    public UUID objectiveId;

    public String title;

    @Enumerated(EnumType.STRING)
    public KeyResultKind kind;

    @Column(name = "start_value")
    public BigDecimal startValue;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "current_value")
    public BigDecimal currentValue;

    public String unit;

    public BigDecimal weight = BigDecimal.ONE;

    public int position;

    /** 0–100, two decimals; decreasing targets (start above target) work the same way. */
    public BigDecimal progress() {
        return progressOf(startValue, targetValue, currentValue);
    }

    public static BigDecimal progressOf(BigDecimal start, BigDecimal target, BigDecimal current) {
        BigDecimal span = target.subtract(start);
        if (span.signum() == 0) {
            return current.compareTo(target) >= 0 ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
        }
        BigDecimal ratio =
                current.subtract(start).multiply(BigDecimal.valueOf(100)).divide(span, 2, RoundingMode.HALF_UP);
        return ratio.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
