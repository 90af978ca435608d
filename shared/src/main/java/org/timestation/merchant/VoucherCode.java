package org.timestation.merchant;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * The text of a voucher's QR code (decision 0011): {@code TS1.} followed by Base45 (RFC 9285) of
 * version byte 1, issuing node id, the issuing event's seq, merchant id, member id, minutes, fen,
 * last valid day (epoch day) — strings as a length byte and ASCII, numbers as unsigned LEB128 —
 * then the issuing node's 64-byte Ed25519 signature of everything before it. Base45 uses only the
 * QR alphanumeric characters, so the code fits a small QR (about 170 characters: version 8, level M).
 */
public record VoucherCode(String nodeId, long seq, String merchantId, String memberId, long minutes, long fen, LocalDate lastDay,
                          byte[] signature) {
    public static final String PREFIX = "TS1.";
    private static final int VERSION = 1;
    private static final int SIGNATURE_BYTES = 64;

    /** The voucher id this code stands for (the issuing event's id). */
    public String voucherId() {
        return nodeId + "/" + seq;
    }

    /** The bytes the issuing node signs. */
    public static byte[] signedBytes(String nodeId, long seq, String merchantId, String memberId, long minutes, long fen, LocalDate lastDay) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VERSION);
        putString(out, nodeId);
        putNumber(out, seq);
        putString(out, merchantId);
        putString(out, memberId);
        putNumber(out, minutes);
        putNumber(out, fen);
        putNumber(out, lastDay.toEpochDay());
        return out.toByteArray();
    }

    public byte[] signedBytes() {
        return signedBytes(nodeId, seq, merchantId, memberId, minutes, fen, lastDay);
    }

    public String encode() {
        byte[] body = signedBytes();
        byte[] all = Arrays.copyOf(body, body.length + SIGNATURE_BYTES);
        System.arraycopy(signature, 0, all, body.length, SIGNATURE_BYTES);
        return PREFIX + org.timestation.ledger.Base45.encode(all);
    }

    /** Reads a scanned code; anything that is not a well-formed voucher is refused as {@link ErrorCode#VOUCHER_MALFORMED}. */
    public static VoucherCode parse(String text) {
        if (text == null || !text.strip().startsWith(PREFIX) || text.length() > 1000) {
            throw malformed();
        }
        byte[] all;
        try {
            all = org.timestation.ledger.Base45.decode(text.strip().substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase45) {
            throw malformed();
        }
        if (all.length < SIGNATURE_BYTES + 8 || all[0] != VERSION) {
            throw malformed();
        }
        int[] pos = {1};
        int end = all.length - SIGNATURE_BYTES;
        String node = getString(all, pos, end);
        long seq = getNumber(all, pos, end);
        String merchant = getString(all, pos, end);
        String member = getString(all, pos, end);
        long minutes = getNumber(all, pos, end);
        long fen = getNumber(all, pos, end);
        long day = getNumber(all, pos, end);
        if (pos[0] != end || day > LocalDate.MAX.toEpochDay()) {
            throw malformed();
        }
        return new VoucherCode(node, seq, merchant, member, minutes, fen, LocalDate.ofEpochDay(day), Arrays.copyOfRange(all, end, all.length));
    }

    private static DomainException malformed() {
        return new DomainException(ErrorCode.VOUCHER_MALFORMED);
    }

    private static void putString(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        if (b.length > 255) {
            throw new IllegalArgumentException("too long for a voucher: " + s);
        }
        out.write(b.length);
        out.write(b, 0, b.length);
    }

    private static void putNumber(ByteArrayOutputStream out, long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative");
        }
        while (v >= 0x80) {
            out.write((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static String getString(byte[] b, int[] pos, int end) {
        if (pos[0] >= end) {
            throw malformed();
        }
        int len = b[pos[0]++] & 0xFF;
        if (pos[0] + len > end) {
            throw malformed();
        }
        String s = new String(b, pos[0], len, StandardCharsets.US_ASCII);
        pos[0] += len;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw malformed();
            }
        }
        return s;
    }

    private static long getNumber(byte[] b, int[] pos, int end) {
        long v = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            if (pos[0] >= end) {
                throw malformed();
            }
            int x = b[pos[0]++] & 0xFF;
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw malformed();
    }

}
