package app.cairn.checkins.dto;

import app.cairn.objectives.Health;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An objective's progress over time, oldest first, for charting")
public record ProgressSeries(@Schema(required = true) List<Point> points) {

    @Schema(name = "ProgressPoint")
    public record Point(
            @Schema(required = true) Instant at,
            @Schema(required = true) BigDecimal progress,
            @Schema(required = true) Health health) {}
}
