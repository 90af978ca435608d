package org.timestation.device.station;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timestation.device.DeviceInput;
import org.timestation.device.idcard.IdCardReaderDriver;
import org.timestation.device.printer.EscPosPrinter;
import org.timestation.device.scanner.ScanException;
import org.timestation.device.scanner.ScanLineReader;
import org.timestation.device.serial.ByteLink;
import org.timestation.device.serial.ReadTimeoutException;

/**
 * Runs the station's devices in the background: a thread polls the ID card reader (find → select →
 * read) and reports each tap to {@link DeviceInput}; a thread reads the serial scanner's lines; a thread
 * asks the printer's status every few seconds. Each opens its port when it can, notices when the
 * device goes (unplugged, switched off) and opens it again when it is back; none of them ever waits
 * on the FX thread or stops the kiosk. {@link #states()} is what the devices screen shows.
 */
public final class StationDevices implements AutoCloseable {
    /** One device's state: which device, where it is plugged in, a text key and a detail for staff. */
    public record State(String device, String where, String key, String detail) {
    }

    public static final String READER = "reader";
    public static final String PRINTER = "printer";
    public static final String SCANNER = "scanner";
    private final DeviceInput devices;
    private final Map<String, State> states = new LinkedHashMap<>();
    private final List<Thread> threads = new java.util.ArrayList<>();
    private final List<ByteLink> open = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final long pollMs;
    private final long retryMs;
    private final EscPosPrinter printer;
    private volatile boolean closed;

    /**
     * Starts the loops; a null opener (or printer) means that device is not configured. {@code where}
     * names the ports for the devices screen.
     */
    public StationDevices(DeviceInput devices, ByteLink.Opener reader, EscPosPrinter printer, ByteLink.Opener scanner, Map<String, String> where,
                          long pollMs, long retryMs) {
        this.devices = devices;
        this.pollMs = pollMs;
        this.retryMs = retryMs;
        this.printer = printer;
        set(READER, where.get(READER), reader == null ? "device.not-configured" : "device.connecting", "");
        set(PRINTER, where.get(PRINTER), printer == null ? "device.not-configured" : "device.connecting", "");
        set(SCANNER, where.get(SCANNER), scanner == null ? where.containsKey(SCANNER) ? "scanner.wedge" : "device.not-configured"
                : "device.connecting", "");
        if (reader != null) {
            start("reader", () -> readCards(reader));
        }
        if (scanner != null) {
            start("scanner", () -> readScans(scanner));
        }
        if (printer != null) {
            start("printer", () -> watchPrinter(printer));
        }
    }

    private void start(String name, Runnable loop) {
        Thread t = new Thread(loop, "device-" + name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    public synchronized List<State> states() {
        return List.copyOf(states.values());
    }

    public synchronized State state(String device) {
        return states.get(device);
    }

    private synchronized void set(String device, String where, String key, String detail) {
        State was = states.get(device);
        states.put(device, new State(device, where != null ? where : was == null ? "" : was.where(), key, detail));
    }

    private void set(String device, String key, String detail) {
        set(device, null, key, detail);
    }

    private ByteLink connect(String device, ByteLink.Opener opener) {
        while (!closed) {
            try {
                ByteLink l = opener.open();
                open.add(l);
                set(device, "device.ok", "");
                return l;
            } catch (IOException e) {
                set(device, "device.not-connected", e.getMessage());
                pause(retryMs);
            }
        }
        return null;
    }

    private void drop(String device, ByteLink l, String why) {
        l.close();
        open.remove(l);
        if (!closed) {
            set(device, "device.not-connected", why);
            pause(retryMs);
        }
    }

    private void readCards(ByteLink.Opener opener) {
        while (!closed) {
            ByteLink l = connect(READER, opener);
            if (l == null) {
                return;
            }
            IdCardReaderDriver driver = new IdCardReaderDriver(l.in(), l.out());
            try {
                while (!closed) {
                    IdCardReaderDriver.Result r = driver.poll();
                    if (r instanceof IdCardReaderDriver.NewCard card) {
                        set(READER, "device.ok", "");
                        devices.cardTapped(card.card());
                    } else if (r instanceof IdCardReaderDriver.Failed f) {
                        set(READER, "reader.failed", f.status().name() + " " + f.detail());
                    } else {
                        set(READER, "device.ok", "");
                    }
                    pause(pollMs);
                }
            } catch (IOException e) {
                drop(READER, l, e.getMessage());
            }
        }
    }

    private void readScans(ByteLink.Opener opener) {
        while (!closed) {
            ByteLink l = connect(SCANNER, opener);
            if (l == null) {
                return;
            }
            ScanLineReader lines = new ScanLineReader(l.in());
            try {
                while (!closed) {
                    try {
                        String code = lines.next();
                        if (code == null) {
                            throw new IOException("the scanner was unplugged");
                        }
                        set(SCANNER, "device.ok", "");
                        devices.scanned(code);
                    } catch (ReadTimeoutException quiet) {
                        // nothing scanned: still there
                    } catch (ScanException garbled) {
                        set(SCANNER, "scanner.garbled", garbled.getMessage());
                    }
                }
            } catch (IOException e) {
                drop(SCANNER, l, e.getMessage());
            }
        }
    }

    private void watchPrinter(EscPosPrinter printer) {
        while (!closed) {
            String key = printer.check();
            set(PRINTER, key.equals("printer.ok") ? "device.ok" : key, "");
            pause(key.equals("printer.not-connected") ? retryMs : Math.max(pollMs, 3000));
        }
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        for (ByteLink l : open) {
            l.close();
        }
        for (Thread t : threads) {
            t.interrupt();
        }
        if (printer != null) {
            printer.close();
        }
    }
}
