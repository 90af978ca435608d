package org.timestation.device;

import java.util.List;

/** Prints a receipt: lines of text and, optionally, a QR code's content. */
public interface ReceiptPrinter {
    /** Prints; returns false when the printer could not (the receipt is kept to be reprinted). */
    boolean print(Receipt receipt);

    /** Whether a receipt would print now (asks the printer: call off the FX thread). */
    default boolean canPrint() {
        return true;
    }

    record Receipt(String title, List<String> lines, String qr) {
        public Receipt {
            lines = List.copyOf(lines);
        }
    }
}
