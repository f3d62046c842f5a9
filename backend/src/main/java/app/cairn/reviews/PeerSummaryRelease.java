package app.cairn.reviews;

/** When the reviewee sees the 360 peer summary (managers, skip levels and admins see it once released). */
public enum PeerSummaryRelease {
    /** Once the peer answering deadline passed (and the anonymity threshold is reached). */
    AFTER_PEER_DEADLINE,
    /** Only once their review is shared with them (the default). */
    WHEN_SHARED
}
