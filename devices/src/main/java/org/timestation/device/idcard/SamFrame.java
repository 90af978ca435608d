package org.timestation.device.idcard;

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

    /** The 2-byte command of a complete request frame (the simulator reads these). */
    public static byte[] parseRequest(byte[] frame) throws SamProtocolException {
        byte[] body = body(frame, 3);
        if (body.length != 2) {
            throw new SamProtocolException("bad request length " + body.length);
        }
        return body;
    }

    /** Text and photo of a read-base-message response: text length, photo length (2 bytes each), text, photo. */
    public static IdCardText baseMessage(Response r) throws SamProtocolException {
        byte[] d = r.data();
        if (d.length < 4) {
            throw new SamProtocolException("base message too short");
        }
        int textLen = (d[0] & 0xFF) << 8 | d[1] & 0xFF;
        int photoLen = (d[2] & 0xFF) << 8 | d[3] & 0xFF;
        if (textLen < IdCardText.LENGTH || 4 + textLen + photoLen != d.length) {
            throw new SamProtocolException("base message lengths " + textLen + "+" + photoLen + " do not match " + d.length);
        }
        return IdCardText.parse(Arrays.copyOfRange(d, 4, 4 + textLen)); // the photo is vendor-encoded: left alone, not kept
    }

    /** The data of a read-base-message response for {@code text} and an opaque photo of {@code photoLength} bytes. */
    public static byte[] baseMessageData(IdCardText text, int photoLength) {
        byte[] t = text.encode();
        byte[] d = new byte[4 + t.length + photoLength];
        d[0] = (byte) (t.length >> 8);
        d[1] = (byte) t.length;
        d[2] = (byte) (photoLength >> 8);
        d[3] = (byte) photoLength;
        System.arraycopy(t, 0, d, 4, t.length);
        return d;
    }

    private static byte[] body(byte[] frame, int minLength) throws SamProtocolException {
        if (frame.length < PREAMBLE.length + 2 + minLength || !Arrays.equals(Arrays.copyOf(frame, PREAMBLE.length), PREAMBLE)) {
            throw new SamProtocolException("not a SAM frame");
        }
        int len = (frame[5] & 0xFF) << 8 | frame[6] & 0xFF;
        if (len < minLength || len > MAX_LENGTH || frame.length != PREAMBLE.length + 2 + len) {
            throw new SamProtocolException("bad length " + len);
        }
        byte[] body = Arrays.copyOfRange(frame, 7, frame.length - 1);
        if (checksum(len, body) != (frame[frame.length - 1] & 0xFF)) {
            throw new SamProtocolException("bad checksum");
        }
        return body;
    }

    /**
     * Parses one complete response frame (preamble to checksum). Anything else — wrong preamble,
     * length out of range or disagreeing with the bytes, wrong checksum — is a typed error.
     */
    public static Response parseResponse(byte[] frame) throws SamProtocolException {
        byte[] body = body(frame, 4);
        int sw3 = body[2] & 0xFF;
        return new Response(SamStatus.of(sw3), sw3, Arrays.copyOfRange(body, 3, body.length));
    }
}
