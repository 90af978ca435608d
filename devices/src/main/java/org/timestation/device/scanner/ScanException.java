package org.timestation.device.scanner;

/** Bytes from a scanner that are not a code (not UTF-8, too long): skipped, the scanner keeps working. */
public final class ScanException extends Exception {
    public ScanException(String message) {
        super(message);
    }
}
