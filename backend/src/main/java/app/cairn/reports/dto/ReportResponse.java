package app.cairn.reports.dto;

import app.cairn.common.openapi.ContractConventions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One report: its table (a page of rows), the chart's series and a few headline figures. */
@Schema(description = "A report over the caller's scope; the CSV export has the same columns and all rows")
public record ReportResponse(
        @Schema(required = true) String slug,
        @Schema(required = true) String title,

        @Schema(
                nullable = true,
                description = "The item list the table shows (one of `lists`), or null for the report's main table")
        String list,

        @Schema(required = true, description = "The item lists this report offers besides its main table (`list=`)")
        List<ListInfo> lists,

        @Schema(required = true, description = "First day covered (UTC)")
        LocalDate from,

        @Schema(required = true, description = "Last day covered, inclusive (UTC)")
        LocalDate to,

        @Schema(required = true) List<Column> columns,

        @Schema(required = true, description = "A page of table rows, keyed by column key; values may be null")
        List<Map<String, Object>> rows,

        @Schema(required = true) int page,
        @Schema(required = true) int size,

        @Schema(required = true, description = "How many rows the table has in all (the CSV has them all)")
        long total,

        @Schema(required = true) Chart chart,
        @Schema(required = true) List<Figure> figures) {

    @Schema(description = "An item list a report offers: ask for it with `list=<key>`")
    public record ListInfo(
            @Schema(required = true) String key,
            @Schema(required = true) String title) {}

    @Schema(description = "A table column")
    public record Column(
            @Schema(required = true) String key,
            @Schema(required = true) String label,

            @Schema(
                    required = true,
                    enumeration = {"text", "number", "percent", "date", "datetime"})
            String type) {}

    @Schema(description = "Chart data: one value per x for each series (null where there is none)")
    public record Chart(
            @Schema(
                    required = true,
                    enumeration = {"line", "bar", "stacked-bar"})
            String kind,

            @Schema(required = true) String xLabel,
            @Schema(required = true) String yLabel,
            @Schema(required = true) List<String> x,
            @Schema(required = true) List<Series> series) {}

    @Schema(description = "One line or bar group of a chart")
    public record Series(
            @Schema(required = true) String name,

            @Schema(
                    required = true,
                    description = "Values aligned with the chart's x; null: no value",
                    extensions = @Extension(name = ContractConventions.NULLABLE_ITEMS, value = "true"))
            List<Double> data) {}

    @Schema(description = "A headline figure")
    public record Figure(
            @Schema(required = true) String label,
            @Schema(nullable = true) Double value,

            @Schema(
                    required = true,
                    enumeration = {"number", "percent"})
            String type) {}
}
