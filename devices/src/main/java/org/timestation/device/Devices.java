package org.timestation.device;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The station's devices as the screens see them: cards tapped, codes scanned, receipts printed.
 * Drivers (or the simulated strip in demo mode) call {@link #cardTapped} and {@link #scanned} from any
 * thread; listeners are told on the thread that calls (the shell moves them to the FX thread).
 */
public final class Devices implements DeviceInput {

    private final List<Consumer<CardData>> cardListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> scanListeners = new CopyOnWriteArrayList<>();
    private final ReceiptPrinter printer;
    private final org.timestation.device.printer.ReceiptKeeper keeper;
    private final java.time.Clock clock;

    public Devices(ReceiptPrinter printer, org.timestation.device.printer.ReceiptKeeper keeper, java.time.Clock clock) {
        this.printer = printer;
        this.keeper = keeper;
        this.clock = clock;
    }

    /** Prints (off the FX thread); a receipt that could not print is kept for staff to reprint. */
    public boolean print(ReceiptPrinter.Receipt r) {
        boolean ok;
        try {
            ok = printer.print(r);
        } catch (RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            keeper.keep(r, clock.instant());
        }
        return ok;
    }

    /** Whether a receipt would print now (off the FX thread): checked before a voucher is made. */
    public boolean printerReady() {
        try {
            return printer.canPrint();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Prints the kept receipts again, oldest first, until one fails; returns how many printed. */
    public int reprintKept() {
        int n = 0;
        for (org.timestation.device.printer.ReceiptKeeper.Kept k : keeper.kept()) {
            if (!printer.print(k.receipt())) {
                break;
            }
            keeper.done(k.id());
            n++;
        }
        return n;
    }

    /** A test page (the devices screen); only printers that speak ESC/POS have one. */
    public boolean printTest() {
        return printer instanceof org.timestation.device.printer.EscPosPrinter p ? p.printTest()
                : printer instanceof SimulatedPrinter s && s.printTest();
    }

    public org.timestation.device.printer.ReceiptKeeper keeper() {
        return keeper;
    }

    public void onCard(Consumer<CardData> l) {
        cardListeners.add(l);
    }

    public void onScan(Consumer<String> l) {
        scanListeners.add(l);
    }

    @Override
    public void cardTapped(CardData card) {
        cardListeners.forEach(l -> l.accept(card));
    }

    @Override
    public void scanned(String text) {
        scanListeners.forEach(l -> l.accept(text));
    }

    public ReceiptPrinter printer() {
        return printer;
    }
}
