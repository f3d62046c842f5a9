package app.cairn.integrations.audit;

import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** The CSV export's columns, in order; {@link #export} gives each row's values in this order. */
    public static final List<String> EXPORT_COLUMNS = List.of(
            "occurredAt",
            "actorId",
            "actor",
            "actorKind",
            "tokenId",
            "action",
            "resourceType",
            "resourceId",
            "summary",
            "changes",
            "clientAddress",
            "requestId");

    private final DataSource dataSource;

    public AuditEventRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Filter(UUID actorId, String action, String resourceType, UUID resourceId, Instant from, Instant to) {

        /** One condition: the entity field (for the page query) and the column (for the export). */
        record Clause(String field, String column, String operator, Object value) {}

        List<Clause> clauses(UUID orgId) {
            List<Clause> clauses = new ArrayList<>();
            clauses.add(new Clause("orgId", "org_id", "=", orgId));
            if (actorId != null) {
                clauses.add(new Clause("actorId", "actor_id", "=", actorId));
            }
            if (action != null && !action.isBlank()) {
                clauses.add(new Clause("action", "action", "like", action.trim().replace("%", "") + "%"));
            }
            if (resourceType != null && !resourceType.isBlank()) {
                clauses.add(new Clause("resourceType", "resource_type", "=", resourceType.trim()));
            }
            if (resourceId != null) {
                clauses.add(new Clause("resourceId", "resource_id", "=", resourceId));
            }
            if (from != null) {
                clauses.add(new Clause("occurredAt", "occurred_at", ">=", from));
            }
            if (to != null) {
                clauses.add(new Clause("occurredAt", "occurred_at", "<", to));
            }
            return clauses;
        }
    }

    public PageResponse<AuditEvent> search(UUID orgId, Filter filter, PageQuery page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        List<Filter.Clause> clauses = filter.clauses(orgId);
        for (int i = 0; i < clauses.size(); i++) {
            Filter.Clause clause = clauses.get(i);
            where.add(clause.field() + " " + clause.operator() + " :p" + i);
            params.and("p" + i, clause.value());
        }
        var query = find(
                String.join(" and ", where),
                Sort.descending("occurredAt").and("id", Sort.Direction.Descending),
                params);
        return new PageResponse<>(query.page(page.page, page.size).list(), page.page, page.size, query.count());
    }

    /** Receives the export's rows one by one, values in {@link #EXPORT_COLUMNS} order. */
    @FunctionalInterface
    public interface RowSink {
        void row(List<Object> values) throws IOException;
    }

    /**
     * Every event the filter matches, newest first, read with a server-side cursor so an export of any
     * size never sits in memory.
     */
    public void export(UUID orgId, Filter filter, RowSink sink) throws IOException {
        List<Filter.Clause> clauses = filter.clauses(orgId);
        StringBuilder sql = new StringBuilder("select occurred_at, actor_id, actor_name, actor_kind, token_id, action,"
                + " resource_type, resource_id, summary, changes::text, client_address, request_id"
                + " from audit_events where ");
        for (int i = 0; i < clauses.size(); i++) {
            sql.append(i == 0 ? "" : " and ")
                    .append(clauses.get(i).column())
                    .append(' ')
                    .append(clauses.get(i).operator())
                    .append(" ?");
        }
        sql.append(" order by occurred_at desc, id desc");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                statement.setFetchSize(500);
                for (int i = 0; i < clauses.size(); i++) {
                    Object value = clauses.get(i).value();
                    statement.setObject(
                            i + 1,
                            value instanceof Instant instant
                                    ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                                    : value);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        List<Object> values = new ArrayList<>(EXPORT_COLUMNS.size());
                        values.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                        for (int column = 2; column <= EXPORT_COLUMNS.size(); column++) {
                            values.add(rows.getString(column));
                        }
                        sink.row(values);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Could not read the audit log for the export", e);
        }
    }

    public long deleteBefore(Instant cutoff) {
        return delete("occurredAt < ?1", cutoff);
    }
}
