package org.timestation.device.scanner;

import java.util.Optional;

/**
 * A QR scanner in HID keyboard-wedge mode "types" each code, far faster than a person can, and ends
 * it with Enter. Fed every typed character with its time, this tells a scan from a person: a burst
 * of at least {@link #MIN_LENGTH} characters, none more than {@link #MAX_GAP_NANOS} after the one
 * before, ended by Enter within the same gap. Anything slower is a person and is dropped, so no text
 * field needs the focus and nobody's typing becomes a scan.
 */
public final class KeyWedgeDecoder {
    /** Scanners send a character every 1–20 ms; people need 80 ms or more between keys. */
    public static final long MAX_GAP_NANOS = 40_000_000L;
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = ScanLineReader.MAX_BYTES;
    private final StringBuilder burst = new StringBuilder();
    private long last = Long.MIN_VALUE;
    private boolean overflow;

    /**
     * One typed character ({@code '\r'} or {@code '\n'} for Enter) at {@code nanos}; returns the scanned
     * code when this Enter ends a scanner's burst.
     */
    public Optional<String> typed(char c, long nanos) {
        boolean inTime = last != Long.MIN_VALUE && nanos - last <= MAX_GAP_NANOS && nanos >= last;
        last = nanos;
        if (c == '\r' || c == '\n') {
            String code = burst.toString();
            boolean scan = inTime && !overflow && code.codePointCount(0, code.length()) >= MIN_LENGTH;
            reset();
            return scan ? Optional.of(code) : Optional.empty();
        }
        if (!inTime) {
            reset(); // a pause: whatever came before was a person (or the start of this burst)
            last = nanos;
        }
        if (burst.length() < MAX_LENGTH) {
            burst.append(c);
        } else {
            overflow = true;
        }
        return Optional.empty();
    }

    /** True while a burst is under way (the kiosk then swallows the keys). */
    public boolean inBurst(long nanos) {
        return burst.length() > 0 && nanos - last <= MAX_GAP_NANOS;
    }

    private void reset() {
        burst.setLength(0);
        overflow = false;
    }
}
