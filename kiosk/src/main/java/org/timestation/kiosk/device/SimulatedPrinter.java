package org.timestation.kiosk.device;

import java.util.ArrayList;
import java.util.List;

/** Demo mode's printer: keeps every receipt so the simulated-devices strip can show it as text. */
public final class SimulatedPrinter implements ReceiptPrinter {
    private final List<Receipt> printed = new ArrayList<>();

    @Override
    public synchronized boolean print(Receipt receipt) {
        printed.add(receipt);
        return true;
    }

    public synchronized List<Receipt> printed() {
        return List.copyOf(printed);
    }

    public synchronized Receipt last() {
        return printed.isEmpty() ? null : printed.get(printed.size() - 1);
    }
}
