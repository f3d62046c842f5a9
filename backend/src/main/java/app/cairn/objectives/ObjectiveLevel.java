package app.cairn.objectives;

/** Where an objective sits in the cascade. */
public enum ObjectiveLevel {
    COMPANY,
    TEAM,
    INDIVIDUAL
}
