package app.cairn.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGStatement;

/**
 * SQL with `:name` parameters turned into a JDBC prepared statement (`::type` casts are left alone). The
 * statement is never server-prepared: PostgreSQL plans every run with its values, so a report's branches
 * for another case (`:wholeOrg`, `:groupBy`, `:hasTeam`…) fold away instead of staying in a generic plan
 * that has to serve them all.
 */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");

    private NamedSql() {}

    static PreparedStatement prepare(Connection connection, String sql, Map<String, Object> params)
            throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        PreparedStatement statement = connection.prepareStatement(jdbc.toString());
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            Object value = params.get(name);
            int index = i + 1;
            if (value instanceof UUID uuid) {
                statement.setObject(index, uuid);
            } else if (value instanceof Boolean bool) {
                statement.setBoolean(index, bool);
            } else if (value instanceof LocalDate date) {
                statement.setObject(index, date);
            } else if (value instanceof Timestamp timestamp) {
                statement.setTimestamp(index, timestamp);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else {
                statement.setString(index, value == null ? null : value.toString());
            }
        }
        return statement;
    }
}
