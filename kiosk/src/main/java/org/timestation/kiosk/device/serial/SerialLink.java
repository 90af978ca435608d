package org.timestation.kiosk.device.serial;

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
public final class SerialLink implements AutoCloseable {
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

    public InputStream in() {
        return port.getInputStream();
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
