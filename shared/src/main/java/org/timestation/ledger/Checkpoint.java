package org.timestation.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A node's signed statement "my feed has {@code seq} events and its head hash is {@code head}".
 * Signed with the node's Ed25519 key after each commit batch; the hash chain covers the events
 * before the head, so one signature per batch protects them all.
 */
public record Checkpoint(String nodeId, long seq, Hash head, long signedAtMillis, byte[] signature) {
    public Checkpoint {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(signature, "signature");
        signature = signature.clone();
    }

    /** The exact bytes that are signed: {@code "TSC1" | len+utf8(node) | seq | head | signedAt}. */
    public static byte[] signedBytes(String nodeId, long seq, Hash head, long signedAtMillis) {
        byte[] node = nodeId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + 4 + node.length + 8 + Hash.LENGTH + 8)
                .put("TSC1".getBytes(StandardCharsets.US_ASCII))
                .putInt(node.length).put(node)
                .putLong(seq)
                .put(head.unsafeBytes())
                .putLong(signedAtMillis)
                .array();
    }

    public byte[] signedBytes() {
        return signedBytes(nodeId, seq, head, signedAtMillis);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.nodeId.equals(nodeId) && c.seq == seq && c.head.equals(head)
                && c.signedAtMillis == signedAtMillis && java.util.Arrays.equals(c.signature, signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodeId, seq, head, signedAtMillis);
    }
}
