package org.timestation.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 over the canonical encoding of an event:
 * {@code "TSE1" | len+utf8(node_id) | seq(8) | hlc(8) | len+utf8(type) | len+utf8(payload) | prev_hash(32)},
 * lengths and numbers big-endian. Not thread-safe: one per thread.
 */
public final class ChainHasher {
    private static final byte[] MAGIC = "TSE1".getBytes(StandardCharsets.US_ASCII);
    private final MessageDigest digest;
    private final byte[] scratch = new byte[8];

    public ChainHasher() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public Hash hash(String nodeId, long seq, long hlc, String type, String payload, Hash prevHash) {
        digest.update(MAGIC);
        text(nodeId);
        number(seq);
        number(hlc);
        text(type);
        text(payload);
        digest.update(prevHash.unsafeBytes());
        return Hash.wrap(digest.digest());
    }

    private void text(String s) {
        CanonicalJson.requireWellFormed(s); // UTF-8 would write a lone surrogate as '?': two texts, one hash
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        scratch[0] = (byte) (n >>> 24);
        scratch[1] = (byte) (n >>> 16);
        scratch[2] = (byte) (n >>> 8);
        scratch[3] = (byte) n;
        digest.update(scratch, 0, 4);
        digest.update(b);
    }

    private void number(long v) {
        for (int i = 7; i >= 0; i--) {
            scratch[i] = (byte) v;
            v >>>= 8;
        }
        digest.update(scratch, 0, 8);
    }
}
