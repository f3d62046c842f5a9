package app.cairn.reports;

import app.cairn.reports.Report.ChartSpec;
import app.cairn.reports.Report.ItemList;
import app.cairn.reports.dto.ReportResponse;
import app.cairn.reports.dto.ReportResponse.Chart;
import app.cairn.reports.dto.ReportResponse.Column;
import app.cairn.reports.dto.ReportResponse.Figure;
import app.cairn.reports.dto.ReportResponse.Series;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs a report's SQL over plain JDBC: a page of the table with its total, the chart (its own SQL or
 * all table rows pivoted), the figures; and, for CSV, every row through a server-side cursor so an
 * export of any size never sits in memory.
 */
@ApplicationScoped
public class ReportRunner {

    /** Receives the rows of an export one by one, values in column order. */
    public interface RowSink {
        void row(List<Object> values) throws java.io.IOException;
    }

    private final DataSource dataSource;

    public ReportRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The report with a page of its main table, or of its item list `list` when not null. */
    public ReportResponse run(Report report, ItemList list, ReportScope scope, int page, int size) {
        List<Column> columns = list == null ? report.columns(scope) : list.columns();
        String table = list == null
                ? tableQuery(report, scope, "count(*) over () as total_rows__")
                : tableQuery(list, "count(*) over () as total_rows__");
        Map<String, Object> params = scope.params();
        try (Connection connection = dataSource.getConnection()) {
            params.put("limit", size);
            params.put("offset", page * size);
            List<Map<String, Object>> rows = new ArrayList<>();
            long total = 0;
            try (PreparedStatement statement =
                            NamedSql.prepare(connection, table + " limit :limit offset :offset", params);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, columns));
                    total = rs.getLong("total_rows__");
                }
            }
            if (rows.isEmpty() && page > 0) {
                total = count(
                        connection, list == null ? tableQuery(report, scope, null) : tableQuery(list, null), params);
            }
            return new ReportResponse(
                    report.slug(),
                    report.title(),
                    list == null ? null : list.key(),
                    report.lists(scope).stream()
                            .map(l -> new ReportResponse.ListInfo(l.key(), l.title()))
                            .toList(),
                    scope.from(),
                    scope.to(),
                    columns,
                    rows,
                    page,
                    size,
                    total,
                    chart(connection, report, scope, params, report.columns(scope)),
                    figures(connection, report, scope, params));
        } catch (SQLException e) {
            throw new IllegalStateException("Report " + report.slug() + " failed", e);
        }
    }

    /**
     * Streams every row of the main table (or of `list`), in order, to `sink` (a cursor of 500 rows at a
     * time); the list of values passed to the sink is reused from row to row.
     */
    public void export(Report report, ItemList list, ReportScope scope, RowSink sink) throws java.io.IOException {
        List<Column> columns = list == null ? report.columns(scope) : list.columns();
        String table = list == null ? tableQuery(report, scope, null) : tableQuery(list, null);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = NamedSql.prepare(connection, table, scope.params())) {
                statement.setFetchSize(500);
                try (ResultSet rs = statement.executeQuery()) {
                    int[] indexes = new int[columns.size()];
                    for (int i = 0; i < indexes.length; i++) {
                        indexes[i] = rs.findColumn(columns.get(i).key());
                    }
                    List<Object> values = new ArrayList<>(indexes.length);
                    while (rs.next()) {
                        values.clear();
                        for (int index : indexes) {
                            values.add(value(rs.getObject(index)));
                        }
                        sink.row(values);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Report " + report.slug() + " failed", e);
        }
    }

    /** The scope CTE, the report's CTEs, its select as `report_rows`, then its rows in order. */
    static String tableQuery(Report report, ReportScope scope, String extraColumn) {
        return tableQuery(report.tableSql(scope), report.orderBy(), extraColumn);
    }

    static String tableQuery(ItemList list, String extraColumn) {
        return tableQuery(list.sql(), list.orderBy(), extraColumn);
    }

    private static String tableQuery(String sql, String orderBy, String extraColumn) {
        int split = sql.lastIndexOf("\nselect ");
        split = split < 0 ? 0 : split + 1;
        String ctes = sql.substring(0, split).strip();
        String select = sql.substring(split);
        return ReportScope.CTE + (ctes.isEmpty() ? "" : ctes + "\n") + ", report_rows as (\n" + select + ")\n"
                + "select *" + (extraColumn == null ? "" : ", " + extraColumn) + " from report_rows order by "
                + orderBy;
    }

    private static long count(Connection connection, String table, Map<String, Object> params) throws SQLException {
        String sql = "select count(*) from (" + table + ") counted";
        try (PreparedStatement statement = NamedSql.prepare(connection, sql, params);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Chart chart(
            Connection connection, Report report, ReportScope scope, Map<String, Object> params, List<Column> columns)
            throws SQLException {
        ChartSpec spec = report.chart(scope);
        List<String> xs = new ArrayList<>();
        Map<String, Map<String, Double>> bySeries = new LinkedHashMap<>();
        String chartSql = report.chartSql(scope);
        if (chartSql != null) {
            try (PreparedStatement statement = NamedSql.prepare(connection, ReportScope.CTE + chartSql, params);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    add(xs, bySeries, rs.getString(1), rs.getString(2), rs.getBigDecimal(3));
                }
            }
        } else {
            Map<String, String> labels = new HashMap<>();
            columns.forEach(c -> labels.put(c.key(), c.label()));
            try (PreparedStatement statement = NamedSql.prepare(connection, tableQuery(report, scope, null), params);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String x = text(rs.getObject(spec.xKey()));
                    for (String valueKey : spec.valueKeys()) {
                        String series =
                                spec.seriesKey() == null ? labels.get(valueKey) : text(rs.getObject(spec.seriesKey()));
                        add(xs, bySeries, x, series, rs.getBigDecimal(valueKey));
                    }
                }
            }
        }
        List<Series> series = new ArrayList<>();
        bySeries.forEach((name, values) ->
                series.add(new Series(name, xs.stream().map(values::get).toList())));
        return new Chart(spec.kind(), spec.xLabel(), spec.yLabel(), xs, series);
    }

    private static void add(
            List<String> xs, Map<String, Map<String, Double>> bySeries, String x, String series, BigDecimal value) {
        if (!xs.contains(x)) {
            xs.add(x);
        }
        Map<String, Double> values = bySeries.computeIfAbsent(series == null ? "—" : series, k -> new HashMap<>());
        if (value != null) {
            values.merge(x, value.doubleValue(), Double::sum);
        }
    }

    private static List<Figure> figures(
            Connection connection, Report report, ReportScope scope, Map<String, Object> params) throws SQLException {
        String sql = report.figuresSql(scope);
        List<Figure> figures = new ArrayList<>();
        if (sql == null) {
            return figures;
        }
        try (PreparedStatement statement = NamedSql.prepare(connection, ReportScope.CTE + sql, params);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                BigDecimal value = rs.getBigDecimal(2);
                figures.add(new Figure(rs.getString(1), value == null ? null : value.doubleValue(), rs.getString(3)));
            }
        }
        return figures;
    }

    private static Map<String, Object> row(ResultSet rs, List<Column> columns) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Column column : columns) {
            row.put(column.key(), value(rs.getObject(column.key())));
        }
        return row;
    }

    /** A cell as the API shows it: dates as LocalDate, times as Instant. */
    private static Object value(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return value;
    }

    private static String text(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value.toString();
    }
}
