package org.timestation.device.scanner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A serial-mode QR scanner: each scan is the code's UTF-8 bytes and CR LF, as the real ones send. */
public final class ScannerSimulator {
    private final OutputStream out;

    public ScannerSimulator(OutputStream out) {
        this.out = out;
    }

    public synchronized void scan(String code) throws IOException {
        out.write(code.getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {'\r', '\n'});
        out.flush();
    }
}
