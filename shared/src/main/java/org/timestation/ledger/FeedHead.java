package org.timestation.ledger;

/** The last event of a feed: its seq (0 for an empty feed), hash and hybrid time. */
public record FeedHead(String nodeId, long seq, Hash hash, long hlc) {
    public static FeedHead empty(String nodeId) {
        return new FeedHead(nodeId, 0, Hash.ZERO, 0);
    }
}
