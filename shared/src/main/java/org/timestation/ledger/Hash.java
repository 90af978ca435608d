package org.timestation.ledger;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 digest (32 bytes). Immutable. */
public final class Hash {
    public static final int LENGTH = 32;
    /** The {@code prev_hash} of the first event of every feed. */
    public static final Hash ZERO = new Hash(new byte[LENGTH]);

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Hash of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a hash has 32 bytes, got " + (bytes == null ? "null" : bytes.length));
        }
        return new Hash(bytes.clone());
    }

    static Hash wrap(byte[] bytes) {
        return new Hash(bytes);
    }

    public static Hash ofHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** The digest without a copy, for hashing and storage code in this package tree. Do not modify. */
    public byte[] unsafeBytes() {
        return bytes;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    public String shortHex() {
        return hex().substring(0, 12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && MessageDigest.isEqual(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
