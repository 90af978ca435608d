package org.timestation.device.idcard;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads response frames from a reader's byte stream, resynchronising on the preamble: noise before a
 * frame is skipped, a frame with a bad length or checksum is reported as a {@link SamProtocolException}
 * and reading continues with the next bytes. Never buffers more than one frame of {@link SamFrame#MAX_LENGTH}.
 */
public final class SamFrameReader {
    private final InputStream in;

    public SamFrameReader(InputStream in) {
        this.in = in;
    }

    /** The next response frame; {@link EOFException} when the stream ends (unplugged) or times out mid-frame. */
    public SamFrame.Response next() throws IOException, SamProtocolException {
        return SamFrame.parseResponse(nextFrame(4));
    }

    /** The next request frame (the simulator's side): the 2-byte command. */
    public byte[] nextRequest() throws IOException, SamProtocolException {
        return SamFrame.parseRequest(nextFrame(3));
    }

    private byte[] nextFrame(int minLength) throws IOException, SamProtocolException {
        byte[] window = new byte[SamFrame.PREAMBLE.length]; // the last five bytes seen
        long seen = 0;
        while (seen < window.length || !java.util.Arrays.equals(window, SamFrame.PREAMBLE)) {
            System.arraycopy(window, 1, window, 0, window.length - 1);
            window[window.length - 1] = (byte) read();
            seen++;
        }
        int len = read() << 8 | read();
        if (len < minLength || len > SamFrame.MAX_LENGTH) {
            throw new SamProtocolException("bad length " + len);
        }
        byte[] frame = new byte[SamFrame.PREAMBLE.length + 2 + len];
        System.arraycopy(SamFrame.PREAMBLE, 0, frame, 0, SamFrame.PREAMBLE.length);
        frame[5] = (byte) (len >> 8);
        frame[6] = (byte) len;
        for (int i = 7; i < frame.length; i++) {
            frame[i] = (byte) read();
        }
        return frame;
    }

    private int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the reader stopped sending (unplugged or timed out)");
        }
        return b;
    }
}
