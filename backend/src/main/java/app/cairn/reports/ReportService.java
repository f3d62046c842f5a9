package app.cairn.reports;

import app.cairn.common.error.ApiException;
import app.cairn.common.web.CsvCells;
import app.cairn.reports.Report.ItemList;
import app.cairn.reports.dto.ReportFilterOptions;
import app.cairn.reports.dto.ReportInfo;
import app.cairn.reports.dto.ReportResponse;
import app.cairn.reports.dto.ReportResponse.Column;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reports the caller may open, each as JSON (a page of the table, chart, figures) or as CSV. */
@ApplicationScoped
public class ReportService {

    /** The order the reports are listed in. */
    private static final List<String> ORDER = List.of(
            "objective-progress",
            "health",
            "alignment-coverage",
            "check-in-activity",
            "one-to-one-cadence",
            "review-completion",
            "rating-distribution",
            "feedback-volume");

    private final List<Report> reports;
    private final ReportAccess access;
    private final ReportRunner runner;
    private final ReportFilterChoices choices;

    public ReportService(
            Instance<Report> reports, ReportAccess access, ReportRunner runner, ReportFilterChoices choices) {
        List<Report> sorted = new ArrayList<>(reports.stream().toList());
        sorted.sort(Comparator.comparingInt(r -> ORDER.indexOf(r.slug())));
        this.reports = List.copyOf(sorted);
        this.access = access;
        this.runner = runner;
        this.choices = choices;
    }

    /** The managers and teams the caller may filter by (403 for anyone who may not open reports). */
    public ReportFilterOptions filterOptions() {
        return choices.of(access.scope(new ReportFilter(null, null, null, null, null, null, null)));
    }

    public List<ReportInfo> list() {
        if (!access.mayOpenReports()) {
            return List.of();
        }
        return reports.stream()
                .map(r -> new ReportInfo(r.slug(), r.title(), r.description()))
                .toList();
    }

    public ReportResponse get(String slug, ReportFilter filter, String list, int page, int size) {
        Report report = find(slug);
        ReportScope scope = access.scope(filter, report.currentPeriodByDefault());
        return runner.run(report, list(report, scope, list), scope, page, size);
    }

    /** The whole table as RFC 4180 CSV (UTF-8, header row), streamed row by row. */
    public StreamingOutput csv(String slug, ReportFilter filter, String listKey) {
        Report report = find(slug);
        ReportScope scope = access.scope(filter, report.currentPeriodByDefault());
        ItemList list = list(report, scope, listKey);
        List<Column> columns = list == null ? report.columns(scope) : list.columns();
        return CsvCells.stream(
                columns.stream().map(Column::label).toList(), row -> runner.export(report, list, scope, row::write));
    }

    public String filename(String slug, ReportFilter filter, String list) {
        Report report = find(slug);
        ReportScope scope = access.scope(filter, report.currentPeriodByDefault());
        return report.slug() + (list == null ? "" : "-" + list) + "-" + scope.from() + "-to-" + scope.to() + ".csv";
    }

    /** The item list `key` of the report (null: its main table); an unknown key is a 400 on `list`. */
    private static ItemList list(Report report, ReportScope scope, String key) {
        if (key == null) {
            return null;
        }
        List<ItemList> lists = report.lists(scope);
        return lists.stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid(
                        "list",
                        lists.isEmpty()
                                ? "this report has no item lists"
                                : "must be one of "
                                        + String.join(
                                                ", ",
                                                lists.stream()
                                                        .map(ItemList::key)
                                                        .toList())));
    }

    private Report find(String slug) {
        return reports.stream()
                .filter(r -> r.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("Report " + slug, "report"));
    }
}
