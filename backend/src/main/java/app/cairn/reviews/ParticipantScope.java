package app.cairn.reviews;

/** Who a cycle reviews: everyone active, one team, or a list of people. */
public enum ParticipantScope {
    EVERYONE,
    TEAM,
    LIST
}
