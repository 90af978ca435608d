package org.timestation.device.printer;

/** Bytes from a printer (or sent to the simulator) that are not what ESC/POS says they should be. */
public final class PrinterProtocolException extends Exception {
    public PrinterProtocolException(String message) {
        super(message);
    }
}
