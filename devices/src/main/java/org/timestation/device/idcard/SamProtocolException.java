package org.timestation.device.idcard;

/** Bytes from the reader that are not a valid SAM frame: the driver resynchronises and asks again. */
public final class SamProtocolException extends Exception {
    public SamProtocolException(String message) {
        super(message);
    }
}
