package org.timestation.device.station;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.timestation.demo.DemoCommunity;
import org.timestation.device.idcard.IdCardSimulator;
import org.timestation.device.idcard.IdCardText;
import org.timestation.device.printer.PrinterSimulator;
import org.timestation.device.printer.PrinterStatus;
import org.timestation.device.scanner.ScannerSimulator;
import org.timestation.device.serial.ByteLink;
import org.timestation.device.serial.PipeLink;
import org.timestation.member.Gender;

/**
 * Demo mode's devices: the three simulators, each behind an in-process cable that carries the real
 * bytes (SAM frames, ESC/POS, scanner lines), so the kiosk runs the same drivers as at a station.
 * The simulated-devices strip taps a card here (it lies on the reader for a moment, then is taken
 * away), scans a code, or runs the printer out of paper.
 */
public final class DemoDevices implements AutoCloseable {
    /** How long a tapped card stays on the reader. */
    static final long CARD_ON_READER_MS = 900;
    private final PrinterSimulator printer = new PrinterSimulator();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-card-lift");
        t.setDaemon(true);
        return t;
    });
    private volatile IdCardSimulator reader;
    private volatile ScannerSimulator scanner;
    private final List<PipeLink> cables = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Connects the kiosk to the simulated reader (a new cable each time, as after a re-plug). */
    public ByteLink.Opener readerOpener() {
        return () -> {
            PipeLink[] pair = pair();
            IdCardSimulator sim = new IdCardSimulator(pair[1].in(), pair[1].out());
            reader = sim;
            daemon(sim, "demo-reader");
            return pair[0];
        };
    }

    public ByteLink.Opener printerOpener() {
        return () -> {
            PipeLink[] pair = pair();
            daemon(() -> {
                try {
                    printer.serve(pair[1].in(), pair[1].out());
                } catch (IOException e) {
                    // cable gone
                }
            }, "demo-printer");
            return pair[0];
        };
    }

    public ByteLink.Opener scannerOpener() {
        return () -> {
            PipeLink[] pair = pair();
            scanner = new ScannerSimulator(pair[1].out());
            return pair[0];
        };
    }

    private PipeLink[] pair() {
        PipeLink[] pair = PipeLink.pair(1000);
        cables.add(pair[0]);
        cables.add(pair[1]);
        return pair;
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * A card laid on the reader for a moment. A card still lying there is taken away first, and the new
     * one laid down a little later, as hands do: a reader reports a card once per placement, so one card
     * slid straight onto another between two polls would never be read.
     */
    public void tap(IdCardText card) {
        IdCardSimulator r = reader;
        if (r == null) {
            return;
        }
        long delay = r.takeAway() ? CARD_SWAP_GAP_MS : 0;
        later.schedule(() -> r.place(card), delay, TimeUnit.MILLISECONDS);
        later.schedule(() -> r.lift(card), delay + CARD_ON_READER_MS, TimeUnit.MILLISECONDS); // not a card laid after it
    }

    /** How long the reader stays empty between one card taken away and the next laid down (a few polls). */
    static final long CARD_SWAP_GAP_MS = 400;

    /** A code held to the scanner. */
    public void scan(String code) throws IOException {
        ScannerSimulator s = scanner;
        if (s == null) {
            throw new IOException("the simulated scanner is not connected");
        }
        s.scan(code);
    }

    public PrinterSimulator printer() {
        return printer;
    }

    /** Paper out (true) or a fresh roll (false). */
    public void paperOut(boolean out) {
        printer.set(out ? new PrinterStatus(true, false, true, true, false) : PrinterStatus.READY);
    }

    /** A demo person's card as the chip holds it (fictitious number with a valid check digit). */
    public static IdCardText card(DemoCommunity.Persona p) {
        String gender = p.gender() == Gender.FEMALE ? "2" : "1";
        return new IdCardText(p.name(), gender, "01", p.birth(), "北京市东城区幸福里", p.idNumber(), "北京市公安局东城分局", "20200101", "长期");
    }

    @Override
    public void close() {
        later.shutdownNow();
        for (PipeLink c : cables) {
            c.close();
        }
    }
}
