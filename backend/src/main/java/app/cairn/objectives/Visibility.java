package app.cairn.objectives;

/** Who may see an objective: everyone in the organization, or only its owner, the owner's managers and admins. */
public enum Visibility {
    ORGANIZATION,
    PRIVATE
}
