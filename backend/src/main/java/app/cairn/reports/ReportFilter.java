package app.cairn.reports;

import java.time.LocalDate;
import java.util.UUID;

/** The filters a report takes, as asked; null means "default" or "any". */
public record ReportFilter(
        UUID periodId, LocalDate from, LocalDate to, UUID teamId, UUID managerId, String level, String groupBy) {}
