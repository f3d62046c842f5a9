import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The SQL client of scripts/ensure-postgres.sh where psql is not installed: the server binaries it
 * downloads contain no client, and a machine with Java, Node and make has none either. It talks
 * JDBC through the PostgreSQL driver (postgresql.jar, fetched with scripts/postgres/pom.xml).
 *
 * <pre>
 * java -cp postgresql.jar:DIR PgClient HOST PORT USER DATABASE query SQL
 *     runs SQL (one or more statements) and prints the rows of each result, columns separated
 *     by '|', like psql -At
 * java -cp postgresql.jar:DIR PgClient HOST PORT USER DATABASE databases [--recreate] NAME...
 *     creates each NAME that does not exist; --recreate drops it first (disconnecting sessions)
 * </pre>
 *
 * The password comes from PGPASSWORD (empty for trust authentication). Errors go to stderr with
 * exit status 1, wrong usage is status 2.
 */
public final class PgClient {

    private PgClient() {}

    public static void main(String[] args) {
        if (args.length < 6) {
            System.err.println("usage: PgClient HOST PORT USER DATABASE query SQL"
                    + " | PgClient HOST PORT USER DATABASE databases [--recreate] NAME...");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/" + args[3];
        Properties properties = new Properties();
        properties.setProperty("user", args[2]);
        properties.setProperty("password", System.getenv().getOrDefault("PGPASSWORD", ""));
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "ensure-postgres");
        List<String> rest = List.of(args).subList(5, args.length);
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            switch (args[4]) {
                case "query" -> query(connection, String.join(" ", rest));
                case "databases" -> databases(connection, rest);
                default -> {
                    System.err.println("PgClient: unknown command " + args[4]);
                    System.exit(2);
                }
            }
        } catch (SQLException e) {
            System.err.println("PgClient: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean isResultSet = statement.execute(sql);
            while (isResultSet || statement.getUpdateCount() != -1) {
                if (isResultSet) {
                    print(statement.getResultSet());
                }
                isResultSet = statement.getMoreResults();
            }
        }
    }

    private static void print(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            List<String> values = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
                String value = rows.getString(i);
                values.add(value == null ? "" : value);
            }
            System.out.println(String.join("|", values));
        }
    }

    // Names are checked by ensure-postgres.sh ([A-Za-z_][A-Za-z0-9_]*) and quoted here as well.
    private static void databases(Connection connection, List<String> arguments) throws SQLException {
        boolean recreate = arguments.contains("--recreate");
        try (Statement statement = connection.createStatement();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            for (String name : arguments) {
                if (name.equals("--recreate")) {
                    continue;
                }
                String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
                if (recreate) {
                    statement.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)");
                }
                exists.setString(1, name);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        statement.execute("CREATE DATABASE " + quoted);
                    }
                }
            }
        }
    }
}
