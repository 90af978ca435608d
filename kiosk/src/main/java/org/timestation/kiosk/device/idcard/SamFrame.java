package org.timestation.kiosk.device.idcard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Frames of the SAM module protocol of second-generation ID card readers: preamble
 * {@code AA AA AA 96 69}, a 2-byte big-endian length of what follows, then the command and its
 * parameter (requests) or SW1 SW2 SW3 (responses), the data, and an XOR checksum over everything
 * after the preamble (length bytes included).
 */
public final class SamFrame {
    public static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** The longest frame a reader sends (read base message with photo: 1,295 bytes after the length). */
    public static final int MAX_LENGTH = 4096;

    public static final byte[] SAM_STATUS = {0x11, (byte) 0xFF};
    public static final byte[] FIND_CARD = {0x20, 0x01};
    public static final byte[] SELECT_CARD = {0x20, 0x02};
    public static final byte[] READ_BASE = {0x30, 0x01};

    private SamFrame() {
    }

    /** A request: the 2-byte command (command and parameter) with no data. */
    public static byte[] request(byte[] command) {
        return frame(command);
    }

    /** A response with status {@code sw3} (SW1 SW2 are 00 00) and {@code data}; used by the simulator. */
    public static byte[] response(int sw3, byte[] data) {
        byte[] body = new byte[3 + data.length];
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return frame(body);
    }

    private static byte[] frame(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PREAMBLE);
        int len = body.length + 1;
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes(body);
        out.write(checksum(len, body));
        return out.toByteArray();
    }

    static int checksum(int len, byte[] body) {
        int x = (len >> 8) ^ (len & 0xFF);
        for (byte b : body) {
            x ^= b & 0xFF;
        }
        return x & 0xFF;
    }

    /** A parsed response. */
    public record Response(SamStatus status, int sw3, byte[] data) {
    }

    /**
     * Parses one complete response frame (preamble to checksum). Anything else — wrong preamble,
     * length out of range or disagreeing with the bytes, wrong checksum — is a typed error.
     */
    public static Response parseResponse(byte[] frame) throws SamProtocolException {
        if (frame.length < PREAMBLE.length + 2 + 4 || !Arrays.equals(Arrays.copyOf(frame, PREAMBLE.length), PREAMBLE)) {
            throw new SamProtocolException("not a SAM frame");
        }
        int len = (frame[5] & 0xFF) << 8 | frame[6] & 0xFF;
        if (len < 4 || len > MAX_LENGTH || frame.length != PREAMBLE.length + 2 + len) {
            throw new SamProtocolException("bad length " + len);
        }
        byte[] body = Arrays.copyOfRange(frame, 7, frame.length - 1);
        if (checksum(len, body) != (frame[frame.length - 1] & 0xFF)) {
            throw new SamProtocolException("bad checksum");
        }
        int sw3 = body[2] & 0xFF;
        return new Response(SamStatus.of(sw3), sw3, Arrays.copyOfRange(body, 3, body.length));
    }
}
