package org.timestation.device;

import java.util.ArrayList;
import java.util.List;

/**
 * Demo mode's printer: prints through the real ESC/POS path to the printer simulator, and also keeps
 * every receipt that printed, so the strip can scan the last voucher's code and tests can read what
 * a resident was handed.
 */
public final class SimulatedPrinter implements ReceiptPrinter {
    private final ReceiptPrinter paper;
    private final List<Receipt> printed = new ArrayList<>();

    public SimulatedPrinter(ReceiptPrinter paper) {
        this.paper = paper;
    }

    @Override
    public boolean print(Receipt receipt) {
        boolean ok = paper.print(receipt);
        if (ok) {
            synchronized (this) {
                printed.add(receipt);
            }
        }
        return ok;
    }

    @Override
    public boolean canPrint() {
        return paper.canPrint();
    }

    public boolean printTest() {
        return paper instanceof org.timestation.device.printer.EscPosPrinter p && p.printTest();
    }

    public synchronized List<Receipt> printed() {
        return List.copyOf(printed);
    }

    public synchronized Receipt last() {
        return printed.isEmpty() ? null : printed.get(printed.size() - 1);
    }
}
