package org.timestation.ledger;

import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;

/** Unsigned LEB128 numbers and length-prefixed ASCII strings: the compact fields of printed codes (vouchers, member codes). */
public final class Leb128 {
    private Leb128() {
    }

    /** Writes {@code v} (not negative) in 7-bit groups, low first, the high bit set on all but the last. */
    public static void write(ByteArrayOutputStream out, long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative");
        }
        while (v >= 0x80) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** Reads a number at {@code pos[0]} (advanced), refusing one that runs past {@code end} or beyond 63 bits. */
    public static long read(byte[] b, int[] pos, int end, Supplier<? extends RuntimeException> malformed) {
        long v = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (pos[0] >= end) {
                throw malformed.get();
            }
            int x = b[pos[0]++] & 0xFF;
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw malformed.get();
    }

    /** Writes a length byte and the ASCII bytes of {@code s} (at most 255). */
    public static void writeText(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (b.length > 255) {
            throw new IllegalArgumentException("too long for a printed code: " + s);
        }
        out.write(b.length);
        out.write(b, 0, b.length);
    }

    /** Reads a length-prefixed printable-ASCII string at {@code pos[0]} (advanced). */
    public static String readText(byte[] b, int[] pos, int end, Supplier<? extends RuntimeException> malformed) {
        if (pos[0] >= end) {
            throw malformed.get();
        }
        int len = b[pos[0]++] & 0xFF;
        if (pos[0] + len > end) {
            throw malformed.get();
        }
        String s = new String(b, pos[0], len, java.nio.charset.StandardCharsets.US_ASCII);
        pos[0] += len;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x21 || s.charAt(i) > 0x7E) {
                throw malformed.get();
            }
        }
        return s;
    }
}
