package org.timestation.audit;

/** One thing the verifier found wrong: where (node and seq, or a projection row) and what. */
public record Finding(String nodeId, long seq, String what) {
    @Override
    public String toString() {
        return nodeId == null ? what : nodeId + "/" + seq + ": " + what;
    }
}
