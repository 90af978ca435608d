package org.timestation.device.printer;

/**
 * What an ESC/POS printer says of itself through {@code DLE EOT}: n = 1 (printer: bit 3 offline),
 * n = 2 (offline cause: bit 2 cover open, bit 5 stopped at paper end, bit 6 error), n = 4 (roll
 * sensor: bits 2–3 near end, bits 5–6 paper end). Every answer byte has bit 1 and bit 4 on and bits
 * 0 and 7 off; anything else is not a status byte.
 */
public record PrinterStatus(boolean offline, boolean coverOpen, boolean paperOut, boolean paperNearEnd, boolean error) {
    public static final PrinterStatus READY = new PrinterStatus(false, false, false, false, false);
    static final int FIXED_MASK = 0x93;
    static final int FIXED_BITS = 0x12;

    /** Parses the three answers (to n = 1, 2, 4). */
    public static PrinterStatus parse(int printer, int offlineCause, int paper) throws PrinterProtocolException {
        for (int b : new int[] {printer, offlineCause, paper}) {
            if ((b & FIXED_MASK) != FIXED_BITS) {
                throw new PrinterProtocolException(String.format("not a status byte: 0x%02X", b & 0xFF));
            }
        }
        boolean out = (paper & 0x60) == 0x60 || (offlineCause & 0x20) != 0;
        return new PrinterStatus((printer & 0x08) != 0, (offlineCause & 0x04) != 0, out, (paper & 0x0C) == 0x0C, (offlineCause & 0x40) != 0);
    }

    /** The status bytes a printer in this state sends (the simulator's answers): n = 1, 2, 4. */
    public int[] bytes() {
        boolean off = offline || coverOpen || paperOut || error;
        int printer = FIXED_BITS | (off ? 0x08 : 0);
        int cause = FIXED_BITS | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0) | (error ? 0x40 : 0);
        int paper = FIXED_BITS | (paperNearEnd ? 0x0C : 0) | (paperOut ? 0x60 : 0);
        return new int[] {printer, cause, paper};
    }

    /** Can print now (near end still prints; staff should change the roll soon). */
    public boolean ready() {
        return !offline && !coverOpen && !paperOut && !error;
    }

    /** The text key of what is wrong, most urgent first ({@code printer.ok} when ready). */
    public String problemKey() {
        if (paperOut) {
            return "printer.paper-out";
        }
        if (coverOpen) {
            return "printer.cover-open";
        }
        if (error) {
            return "printer.error";
        }
        if (offline) {
            return "printer.offline";
        }
        return paperNearEnd ? "printer.near-end" : "printer.ok";
    }
}
