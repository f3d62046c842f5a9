package app.cairn.reviews;

/** Who answers a question: the reviewee (self), their manager, or a nominated peer. */
public enum ReviewRole {
    SELF,
    MANAGER,
    PEER
}
