package org.timestation.device.serial;

import java.io.IOException;

/** Nothing arrived within the link's read timeout: the device is quiet, not necessarily gone. */
public final class ReadTimeoutException extends IOException {
    public ReadTimeoutException(String message) {
        super(message);
    }
}
