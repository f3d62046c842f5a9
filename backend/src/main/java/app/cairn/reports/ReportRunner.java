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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, Object> params = scope.params();
        params.put("limit", list == null ? size : 0);
        params.put("offset", list == null ? page * size : 0);
        try (Connection connection = dataSource.getConnection()) {
            Main main = main(connection, report, scope, params);
            List<Map<String, Object>> rows = main.rows();
            long total = main.total();
            if (list != null) {
                params.put("limit", size);
                params.put("offset", page * size);
                rows = new ArrayList<>();
                total = 0;
                try (PreparedStatement statement = NamedSql.prepare(
                                connection,
                                tableQuery(list, "count(*) over () as total_rows__") + " limit :limit offset :offset",
                                params);
                        ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs, list.columns()));
                        total = rs.getLong("total_rows__");
                    }
                }
            } else if (!main.paged()) {
                rows = rows.subList(Math.min(rows.size(), page * size), Math.min(rows.size(), (page + 1) * size));
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
                    list == null ? report.columns(scope) : list.columns(),
                    rows,
                    page,
                    size,
                    total,
                    main.chart(),
                    main.figures());
        } catch (SQLException e) {
            throw new IllegalStateException("Report " + report.slug() + " failed", e);
        }
    }

    /**
     * What {@link #mainQuery} returns: the main table's rows (the page asked for when `paged`, else all of
     * them), their total, the chart and the figures.
     */
    private record Main(List<Map<String, Object>> rows, long total, boolean paged, Chart chart, List<Figure> figures) {}

    private static Main main(Connection connection, Report report, ReportScope scope, Map<String, Object> params)
            throws SQLException {
        List<Column> columns = report.columns(scope);
        boolean paged = report.chartSql(scope) != null;
        boolean withFigures = report.figuresSql(scope) != null;
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        long total = 0;
        ChartData chart = new ChartData();
        try (PreparedStatement statement = NamedSql.prepare(connection, mainQuery(report, scope), params);
                ResultSet rs = statement.executeQuery()) {
            boolean first = true;
            while (rs.next()) {
                if (first && withFigures) {
                    Object[] labels = array(rs, "figure_labels__");
                    Object[] values = array(rs, "figure_values__");
                    Object[] types = array(rs, "figure_types__");
                    for (int i = 0; i < labels.length; i++) {
                        figures.add(new Figure((String) labels[i], number(values[i]), (String) types[i]));
                    }
                }
                if (first && paged) {
                    Object[] xs = array(rs, "chart_x__");
                    Object[] series = array(rs, "chart_series__");
                    Object[] values = array(rs, "chart_values__");
                    for (int i = 0; i < xs.length; i++) {
                        chart.add((String) xs[i], (String) series[i], number(values[i]));
                    }
                }
                first = false;
                if (rs.getObject("ord__") != null) {
                    rows.add(row(rs, columns));
                    total = rs.getLong("total_rows__");
                }
            }
        }
        ChartSpec spec = report.chart(scope);
        if (!paged) {
            Map<String, String> labels = new HashMap<>();
            columns.forEach(c -> labels.put(c.key(), c.label()));
            for (Map<String, Object> row : rows) {
                String x = text(row.get(spec.xKey()));
                for (String valueKey : spec.valueKeys()) {
                    String series = spec.seriesKey() == null ? labels.get(valueKey) : text(row.get(spec.seriesKey()));
                    chart.add(x, series, number(row.get(valueKey)));
                }
            }
            total = rows.size();
        }
        return new Main(rows, total, paged, chart.toChart(spec), figures);
    }

    /**
     * One statement for the main table, the chart and the figures: the scope and the report's CTEs, its rows
     * as `report_rows`, the chart and figures selects over them (aggregated into arrays, on every row), then
     * the rows in order (`ord__`, with `total_rows__`) — a page of them when the chart has its own SQL, else
     * all (the chart is drawn from them) — or one row of nulls and the arrays when there are none.
     */
    static String mainQuery(Report report, ReportScope scope) {
        String[] table = split(report.tableSql(scope));
        String chartSql = report.chartSql(scope);
        String figuresSql = report.figuresSql(scope);
        String order = report.orderBy();
        StringBuilder sql = new StringBuilder(ReportScope.CTE)
                .append(table[0].isEmpty() ? "" : table[0] + "\n")
                .append(", report_rows as (\n")
                .append(table[1])
                .append(")\n");
        if (chartSql != null) {
            sql.append(", chart__ (x, series, value) as (\n").append(chartSql).append(")\n");
        }
        if (figuresSql != null) {
            sql.append(", figures__ (label, value, type) as (\n")
                    .append(figuresSql)
                    .append(")\n");
        }
        sql.append("select p.*")
                .append(figuresSql == null ? "" : ", f.*")
                .append(chartSql == null ? "" : ", c.*")
                .append(" from (select 1) as one__\n");
        if (figuresSql != null) {
            sql.append("cross join (select array_agg(label) as figure_labels__, array_agg(value) as figure_values__,"
                    + " array_agg(type) as figure_types__ from figures__) f\n");
        }
        if (chartSql != null) {
            sql.append("cross join (select array_agg(x) as chart_x__, array_agg(series) as chart_series__,"
                    + " array_agg(value) as chart_values__ from chart__) c\n");
        }
        return sql.append("left join (select r.*, count(*) over () as total_rows__, row_number() over (order by ")
                .append(order)
                .append(") as ord__ from report_rows r order by ")
                .append(order)
                .append(chartSql == null ? "" : " limit :limit offset :offset")
                .append(") p on true\norder by p.ord__")
                .toString();
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
        String[] parts = split(sql);
        return ReportScope.CTE + (parts[0].isEmpty() ? "" : parts[0] + "\n") + ", report_rows as (\n" + parts[1]
                + ")\n" + "select *" + (extraColumn == null ? "" : ", " + extraColumn) + " from report_rows order by "
                + orderBy;
    }

    /** A table's SQL split into its CTEs (stripped, maybe empty) and its final select. */
    private static String[] split(String sql) {
        int split = sql.lastIndexOf("\nselect ");
        split = split < 0 ? 0 : split + 1;
        return new String[] {sql.substring(0, split).strip(), sql.substring(split)};
    }

    private static long count(Connection connection, String table, Map<String, Object> params) throws SQLException {
        String sql = "select count(*) from (" + table + ") counted";
        try (PreparedStatement statement = NamedSql.prepare(connection, sql, params);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A chart's series as the rows come: x values in order of first appearance, values summed per x. */
    private static final class ChartData {
        private final List<String> xs = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Map<String, Double>> bySeries = new LinkedHashMap<>();

        void add(String x, String series, Double value) {
            if (seen.add(x)) {
                xs.add(x);
            }
            Map<String, Double> values = bySeries.computeIfAbsent(series == null ? "—" : series, k -> new HashMap<>());
            if (value != null) {
                values.merge(x, value, Double::sum);
            }
        }

        Chart toChart(ChartSpec spec) {
            List<Series> series = new ArrayList<>();
            bySeries.forEach((name, values) ->
                    series.add(new Series(name, xs.stream().map(values::get).toList())));
            return new Chart(spec.kind(), spec.xLabel(), spec.yLabel(), xs, series);
        }
    }

    private static Object[] array(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
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
