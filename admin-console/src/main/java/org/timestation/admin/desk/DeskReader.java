package org.timestation.admin.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.timestation.device.CardData;
import org.timestation.device.DeviceInput;
import org.timestation.device.serial.SerialLink;
import org.timestation.device.station.DeviceConfig;
import org.timestation.device.station.DemoDevices;
import org.timestation.device.station.StationDevices;

/**
 * The ID card reader on the office desk: the same SAM driver and reader loop as a kiosk's (the devices
 * module), on the port named by {@code reader.port} in the data folder's {@code devices.properties},
 * or the simulated reader in demo mode. A card laid on it goes to whoever listens (the console's shell,
 * on the FX thread). The number read stays in memory, is hashed to find the member, and is never kept.
 * A missing or wrong setting never stops the console: {@link #state()} says what to do.
 */
public final class DeskReader implements AutoCloseable {
    /** What the reader is doing, for the words on the members screen. */
    public enum Status { NOT_CONFIGURED, MISCONFIGURED, CONNECTING, READY, NOT_CONNECTED, FAILED }

    /** The state: where it is plugged in, and a detail (the setting's problem in both languages, or the port's error). */
    public record State(Status status, String where, String detail) {
    }

    private final List<Consumer<CardData>> listeners = new CopyOnWriteArrayList<>();
    /** The reader's loop, started once this object (and its listeners) exist; null when there is no reader. */
    private volatile StationDevices loop;
    private final DemoDevices simulated;
    private final State fixed;

    private DeskReader(DemoDevices simulated, State fixed) {
        this.simulated = simulated;
        this.fixed = fixed;
    }

    /** What the reader loop reports to: every card to the listeners. */
    private final DeviceInput input = new DeviceInput() {
        @Override
        public void cardTapped(CardData card) {
            listeners.forEach(l -> l.accept(card));
        }

        @Override
        public void scanned(String text) {
            // a desk has no scanner
        }
    };

    /** No reader (tests, or a desk without one). */
    public static DeskReader none() {
        return new DeskReader(null, new State(Status.NOT_CONFIGURED, "", ""));
    }

    /**
     * The reader for the console on {@code dataDir}: the simulated one when {@code simulated}, else the
     * port in {@code devices.properties}. The console uses {@code reader.port} and {@code reader.baud}
     * only (it prints on the office printer); a file that names a receipt printer or scanner is said
     * to be wrong, so a technician does not wait for a device the console never opens.
     */
    public static DeskReader open(Path dataDir, boolean simulated) {
        if (simulated) {
            DemoDevices demo = new DemoDevices();
            DeskReader r = new DeskReader(demo, null);
            r.loop = new StationDevices(r.input, demo.readerOpener(), null, null, Map.of(StationDevices.READER, "simulator"), 100, 500);
            return r;
        }
        DeviceConfig cfg;
        try {
            cfg = DeviceConfig.load(dataDir);
        } catch (DeviceConfig.ConfigException e) {
            return new DeskReader(null, new State(Status.MISCONFIGURED, "", e.zh() + "\n" + e.en()));
        }
        if (cfg.printerPort() != null || cfg.scannerPort() != null) {
            return new DeskReader(null, new State(Status.MISCONFIGURED, "",
                    "管理台只用读卡器（reader.port、reader.baud），打印用办公室的打印机。请从 devices.properties 里删去 printer.port 和 scanner.port。\n"
                            + "The console uses the card reader only (reader.port, reader.baud) and prints on the office printer. "
                            + "Remove printer.port and scanner.port from devices.properties."));
        }
        if (cfg.readerPort() == null) {
            return none();
        }
        String where = cfg.readerPort() + " @ " + cfg.readerBaud();
        DeskReader r = new DeskReader(null, null);
        r.loop = new StationDevices(r.input, () -> SerialLink.open(cfg.readerPort(), cfg.readerBaud(), 500), null, null,
                Map.of(StationDevices.READER, where), 300, 2000);
        return r;
    }

    /** Tells {@code l} of each card laid on the reader (on the reader's thread). */
    public void onCard(Consumer<CardData> l) {
        listeners.add(l);
    }

    public void removeOnCard(Consumer<CardData> l) {
        listeners.remove(l);
    }

    public State state() {
        if (fixed != null) {
            return fixed;
        }
        StationDevices l = loop;
        if (l == null) {
            return new State(Status.CONNECTING, "", "");
        }
        StationDevices.State s = l.state(StationDevices.READER);
        Status status = switch (s.key()) {
            case "device.ok" -> Status.READY;
            case "device.connecting" -> Status.CONNECTING;
            case "reader.failed" -> Status.FAILED;
            default -> Status.NOT_CONNECTED;
        };
        return new State(status, s.where(), s.detail());
    }

    /** The simulated reader (demo mode): a demo person's card can be laid on it. */
    public Optional<DemoDevices> simulated() {
        return Optional.ofNullable(simulated);
    }

    @Override
    public void close() {
        StationDevices l = loop;
        if (l != null) {
            l.close();
        }
        if (simulated != null) {
            simulated.close();
        }
    }
}
