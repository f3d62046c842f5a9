package app.cairn.objectives;

/** How a key result is measured. MILESTONE counts milestones reached out of the target; BOOLEAN is done (1) or not (0). */
public enum KeyResultKind {
    PERCENT,
    NUMBER,
    CURRENCY,
    BOOLEAN,
    MILESTONE
}
