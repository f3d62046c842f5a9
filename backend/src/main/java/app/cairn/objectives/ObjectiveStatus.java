package app.cairn.objectives;

/** An objective's life: drafts are proposed and agreed, then active until they end. */
public enum ObjectiveStatus {
    DRAFT,
    ACTIVE,
    COMPLETED,
    CANCELLED,
    ARCHIVED
}
