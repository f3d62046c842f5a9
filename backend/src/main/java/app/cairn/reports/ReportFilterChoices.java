package app.cairn.reports;

import app.cairn.reports.dto.ReportFilterOptions;
import app.cairn.reports.dto.ReportFilterOptions.ManagerOption;
import app.cairn.reports.dto.ReportFilterOptions.TeamOption;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The managers and teams a report's filters offer: only those within the caller's scope
 * ({@link ReportScope#CTE}), so picking one never ends in a 404 and nothing outside the scope is named.
 */
@ApplicationScoped
public class ReportFilterChoices {

    private static final String MANAGERS = """
            select s.id, s.name, p.title, t.name as team,
                   (select count(*) from people r where r.manager_id = s.id and r.active) as reports
            from scope s join people p on p.id = s.id left join teams t on t.id = s.team_id
            where s.active and exists (select 1 from people r where r.manager_id = s.id and r.active)
            order by s.name, s.id
            """;

    private static final String TEAMS = """
            select distinct t.id, t.name from teams t join scope s on s.team_id = t.id
            where t.org_id = :org
            order by t.name, t.id
            """;

    private final DataSource dataSource;

    public ReportFilterChoices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ReportFilterOptions of(ReportScope scope) {
        Map<String, Object> params = scope.params();
        List<ManagerOption> managers = new ArrayList<>();
        List<TeamOption> teams = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = NamedSql.prepare(connection, ReportScope.CTE + MANAGERS, params);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    managers.add(new ManagerOption(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getInt(5)));
                }
            }
            try (PreparedStatement statement = NamedSql.prepare(connection, ReportScope.CTE + TEAMS, params);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    teams.add(new TeamOption(rs.getObject(1, UUID.class), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Report filter options failed", e);
        }
        return new ReportFilterOptions(managers, teams);
    }
}
