package org.timestation.audit;

/** One thing the verifier found wrong: where (node and seq, or a projection row), of which kind, and what. */
public record Finding(String nodeId, long seq, Kind kind, String what) {

    /** What part of the ledger a finding is about. */
    public enum Kind {
        /** An event's bytes, hash or place in its feed (altered, deleted, reordered). */
        CHAIN,
        /** A checkpoint's signature, or a feed not ended on a signed checkpoint. */
        SIGNATURE,
        /** An event that breaks a rule of the community ({@link RuleChecker}). */
        RULE,
        /** The balances do not sum to zero. */
        BALANCE,
        /** The stored projection (derived rows, rebuildable from the events) differs from the events. */
        PROJECTION,
        /** The database file itself: its schema was changed. */
        SCHEMA,
        /**
         * Not tampering: an event of another node that breaks a rule depending on the order, because
         * two stations worked offline at the same time (both spent the same credits). Flagged for the
         * manager; it does not make the ledger "not intact".
         */
        CONFLICT
    }

    @Override
    public String toString() {
        return nodeId == null ? what : nodeId + "/" + seq + ": " + what;
    }
}
