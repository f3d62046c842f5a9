package app.cairn.objectives;

/** How the owner judges an objective's course. */
public enum Health {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
