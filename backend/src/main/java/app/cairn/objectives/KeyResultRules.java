package app.cairn.objectives;

import app.cairn.common.error.ApiException;
import app.cairn.common.error.FieldError;
import app.cairn.objectives.dto.KeyResultRequest;
import app.cairn.objectives.dto.KeyResultResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Defaults and checks shared by every way a key result is written. */
final class KeyResultRules {

    private KeyResultRules() {}

    /** Applies a request to a key result, or throws a 400 naming the fields (prefix e.g. `keyResults[0].`). */
    static void apply(KeyResult kr, KeyResultRequest request, String prefix, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal start;
        BigDecimal target;
        switch (request.kind()) {
            case BOOLEAN -> {
                start = BigDecimal.ZERO;
                target = BigDecimal.ONE;
            }
            case PERCENT -> {
                start = orDefault(request.startValue(), BigDecimal.ZERO);
                target = orDefault(request.targetValue(), BigDecimal.valueOf(100));
            }
            default -> {
                start = orDefault(request.startValue(), BigDecimal.ZERO);
                target = request.targetValue();
                if (target == null) {
                    errors.add(new FieldError(
                            prefix + "targetValue", "is required for " + request.kind() + " key results"));
                }
            }
        }
        if (target != null && target.compareTo(start) == 0) {
            errors.add(new FieldError(prefix + "targetValue", "must differ from the start value"));
        }
        if (request.kind() == KeyResultKind.MILESTONE
                && target != null
                && (target.stripTrailingZeros().scale() > 0
                        || start.stripTrailingZeros().scale() > 0)) {
            errors.add(new FieldError(prefix + "targetValue", "must be a whole number of milestones"));
        }
        BigDecimal current =
                request.currentValue() != null ? request.currentValue() : (creating ? start : kr.currentValue);
        String problem = current == null ? null : request.kind().problemWith(current);
        if (problem != null) {
            errors.add(new FieldError(prefix + "currentValue", problem));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        kr.title = request.title().trim();
        kr.kind = request.kind();
        kr.startValue = start;
        kr.targetValue = target;
        kr.currentValue = current == null ? start : current;
        kr.unit = request.kind() == KeyResultKind.PERCENT ? "%" : blankToNull(request.unit());
        kr.weight = orDefault(request.weight(), BigDecimal.ONE);
    }

    static KeyResultResponse toResponse(KeyResult kr) {
        return new KeyResultResponse(
                kr.id,
                kr.objectiveId,
                kr.title,
                kr.kind,
                kr.startValue,
                kr.targetValue,
                kr.currentValue,
                kr.unit,
                kr.weight,
                kr.progress(),
                kr.position,
                kr.version);
    }

    private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
