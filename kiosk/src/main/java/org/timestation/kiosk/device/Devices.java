package org.timestation.kiosk.device;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The station's devices as the screens see them: cards tapped, codes scanned, receipts printed.
 * Drivers (or the simulated strip in demo mode) call {@link #cardTapped} and {@link #scanned} from any
 * thread; listeners are told on the thread that calls (the shell moves them to the FX thread).
 */
public final class Devices {
    private final List<Consumer<CardData>> cardListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> scanListeners = new CopyOnWriteArrayList<>();
    private final ReceiptPrinter printer;

    public Devices(ReceiptPrinter printer) {
        this.printer = printer;
    }

    public void onCard(Consumer<CardData> l) {
        cardListeners.add(l);
    }

    public void onScan(Consumer<String> l) {
        scanListeners.add(l);
    }

    public void cardTapped(CardData card) {
        cardListeners.forEach(l -> l.accept(card));
    }

    public void scanned(String text) {
        scanListeners.forEach(l -> l.accept(text));
    }

    public ReceiptPrinter printer() {
        return printer;
    }
}
