package org.timestation.communitylog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 section 2.1.1 hashing: a leaf is SHA-256(0x00 || data), an inner node SHA-256(0x01 ||
 * left || right), and the empty tree's root is SHA-256 of nothing. The prefixes keep a leaf from
 * ever being passed off as an inner node.
 */
public final class MerkleHash {
    /** Every hash is 32 bytes. */
    public static final int SIZE = 32;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    });

    private MerkleHash() {
    }

    /** The root of a tree with no leaves. */
    public static byte[] emptyRoot() {
        return SHA256.get().digest();
    }

    /** The hash of a leaf whose data is {@code data}. */
    public static byte[] leaf(byte[] data) {
        MessageDigest d = SHA256.get();
        d.update((byte) 0);
        return d.digest(data);
    }

    /** The hash of the inner node over {@code left} and {@code right}. */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest d = SHA256.get();
        d.update((byte) 1);
        d.update(left);
        return d.digest(right);
    }
}
