package org.timestation.merchant;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import org.timestation.ledger.Leb128;
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
        Leb128.writeText(out, nodeId);
        Leb128.write(out, seq);
        Leb128.writeText(out, merchantId);
        Leb128.writeText(out, memberId);
        Leb128.write(out, minutes);
        Leb128.write(out, fen);
        Leb128.write(out, lastDay.toEpochDay());
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
        String node = Leb128.readText(all, pos, end, VoucherCode::malformed);
        long seq = Leb128.read(all, pos, end, VoucherCode::malformed);
        String merchant = Leb128.readText(all, pos, end, VoucherCode::malformed);
        String member = Leb128.readText(all, pos, end, VoucherCode::malformed);
        long minutes = Leb128.read(all, pos, end, VoucherCode::malformed);
        long fen = Leb128.read(all, pos, end, VoucherCode::malformed);
        long day = Leb128.read(all, pos, end, VoucherCode::malformed);
        if (pos[0] != end || day > LocalDate.MAX.toEpochDay()) {
            throw malformed();
        }
        return new VoucherCode(node, seq, merchant, member, minutes, fen, LocalDate.ofEpochDay(day), Arrays.copyOfRange(all, end, all.length));
    }

    private static DomainException malformed() {
        return new DomainException(ErrorCode.VOUCHER_MALFORMED);
    }





}
