package org.timestation.device.scanner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A QR scanner in serial (USB-CDC) mode sends each code as a line: its UTF-8 bytes, then CR, LF or
 * CR LF. This reads one code at a time; empty lines are skipped; a line that is not UTF-8 or longer
 * than {@link #MAX_BYTES} is a {@link ScanException} (the reader then goes on with the next line).
 */
public final class ScanLineReader {
    public static final int MAX_BYTES = 4096;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    public ScanLineReader(InputStream in) {
        this.in = in;
    }

    /** The next code; null at end of stream (the scanner was unplugged). */
    public String next() throws IOException, ScanException {
        boolean tooLong = false;
        line.reset();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\r' || b == '\n') {
                if (tooLong) {
                    throw new ScanException("a scanned line longer than " + MAX_BYTES + " bytes");
                }
                if (line.size() == 0) {
                    continue; // the LF of a CR LF, or an empty line
                }
                return decode(line.toByteArray());
            }
            if (line.size() < MAX_BYTES) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        return null;
    }

    static String decode(byte[] bytes) throws ScanException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScanException("a scanned line that is not UTF-8");
        }
    }
}
