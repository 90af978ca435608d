package org.timestation.ledger;

import java.io.ByteArrayOutputStream;

/**
 * Base45 (RFC 9285): bytes as QR alphanumeric characters, so a signed code fits a small QR in
 * alphanumeric mode and survives keyboard-wedge scanners. Used by vouchers and member codes.
 */
public final class Base45 {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private Base45() {
    }

    public static String encode(byte[] in) {
        StringBuilder sb = new StringBuilder(in.length * 3 / 2 + 2);
        for (int i = 0; i + 1 < in.length; i += 2) {
            int n = (in[i] & 0xFF) * 256 + (in[i + 1] & 0xFF);
            sb.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (in.length % 2 == 1) {
            int n = in[in.length - 1] & 0xFF;
            sb.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return sb.toString();
    }

    /** The bytes of {@code s}; {@link IllegalArgumentException} when it is not valid Base45. */
    public static byte[] decode(String s) {
        if (s.length() % 3 == 1) {
            throw new IllegalArgumentException("not Base45: length");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i += 3) {
            int c = digit(s.charAt(i)) + 45 * digit(s.charAt(i + 1));
            if (i + 2 < s.length()) {
                int n = c + 2025 * digit(s.charAt(i + 2));
                if (n > 0xFFFF) {
                    throw new IllegalArgumentException("not Base45: value");
                }
                out.write(n >> 8);
                out.write(n & 0xFF);
            } else {
                if (c > 0xFF) {
                    throw new IllegalArgumentException("not Base45: value");
                }
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int digit(char c) {
        int d = ALPHABET.indexOf(c);
        if (d < 0) {
            throw new IllegalArgumentException("not Base45: character");
        }
        return d;
    }
}
