package org.timestation.device.serial;

import java.io.InputStream;
import java.io.OutputStream;

/** Two byte streams to a device: a serial port, or an in-process pipe to a simulator. */
public interface ByteLink extends AutoCloseable {
    InputStream in();

    OutputStream out();

    /** Where it goes (a port path, or "simulator"). */
    String path();

    @Override
    void close();

    /** Opens a link, or says why it cannot ({@link java.io.IOException}: unplugged, no permission). */
    @FunctionalInterface
    interface Opener {
        ByteLink open() throws java.io.IOException;
    }
}
