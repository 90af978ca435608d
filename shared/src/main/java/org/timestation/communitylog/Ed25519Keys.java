package org.timestation.communitylog;

import java.util.Arrays;

/** Between the 32-byte Ed25519 keys the log's formats use and the X.509 encoding the data folder keeps. */
public final class Ed25519Keys {
    private static final byte[] X509_HEADER = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519Keys() {
    }

    /** The raw 32-byte key inside an X.509 SubjectPublicKeyInfo of an Ed25519 key. */
    public static byte[] raw(byte[] x509) {
        if (x509.length != X509_HEADER.length + 32 || !Arrays.equals(Arrays.copyOf(x509, X509_HEADER.length), X509_HEADER)) {
            throw new IllegalArgumentException("not an X.509 Ed25519 public key");
        }
        return Arrays.copyOfRange(x509, X509_HEADER.length, x509.length);
    }

    /** The X.509 SubjectPublicKeyInfo of a raw 32-byte Ed25519 key. */
    public static byte[] x509(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes, got " + raw.length);
        }
        byte[] out = Arrays.copyOf(X509_HEADER, X509_HEADER.length + 32);
        System.arraycopy(raw, 0, out, X509_HEADER.length, 32);
        return out;
    }
}
