package org.timestation.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A serial port opened by its path ({@code /dev/ttyUSB0}, {@code /dev/ttyACM0}, or a pseudo-terminal
 * in tests) at a baud rate, 8 data bits, no parity, one stop bit. Reads wait at most
 * {@code readTimeoutMs} for each byte, then fail with an {@link IOException}: a silent or unplugged
 * device never hangs the kiosk.
 */
public final class SerialLink implements ByteLink {
    public static final int DEFAULT_BAUD = 115_200;
    private final SerialPort port;

    private SerialLink(SerialPort port) {
        this.port = port;
    }

    public static SerialLink open(String path, int baud, int readTimeoutMs) throws IOException {
        if (path == null || !java.nio.file.Files.exists(java.nio.file.Path.of(path))) {
            throw new IOException("no port " + path + " (is the device plugged in?)");
        }
        SerialPort p;
        try {
            p = SerialPort.getCommPort(path);
        } catch (com.fazecast.jSerialComm.SerialPortInvalidPortException e) {
            throw new IOException("not a serial port: " + path, e);
        }
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeoutMs, 0);
        if (!p.openPort()) {
            throw new IOException("cannot open " + path + " (is it plugged in, and is this user in the dialout group?)");
        }
        return new SerialLink(p);
    }

    /** Reads time out with a {@link ReadTimeoutException}; a port that went away ends the stream or fails. */
    public InputStream in() {
        InputStream raw = port.getInputStream();
        return new java.io.FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (com.fazecast.jSerialComm.SerialPortTimeoutException e) {
                    throw timeoutOrGone();
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (com.fazecast.jSerialComm.SerialPortTimeoutException e) {
                    throw timeoutOrGone();
                }
            }
        };
    }

    /** A timeout on a port whose device node has gone (USB unplugged) is the device gone. */
    private IOException timeoutOrGone() {
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(port.getSystemPortPath()))) {
            return new IOException("the device at " + port.getSystemPortPath() + " was unplugged");
        }
        return new ReadTimeoutException("no data from " + port.getSystemPortPath());
    }

    public OutputStream out() {
        return port.getOutputStream();
    }

    public String path() {
        return port.getSystemPortPath();
    }

    @Override
    public void close() {
        port.closePort();
    }
}
