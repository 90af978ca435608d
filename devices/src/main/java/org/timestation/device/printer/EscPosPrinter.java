package org.timestation.device.printer;

import java.io.IOException;
import java.util.function.Supplier;
import org.timestation.device.ReceiptPrinter;
import org.timestation.device.serial.ByteLink;

/**
 * The kiosk's receipt printer: lays a receipt out for the roll, checks the printer's status, prints,
 * checks again. The port is opened when first needed and opened again after the printer was
 * unplugged; nothing here waits longer than the link's read timeout. {@link #state()} says, as a text
 * key, what the printer last reported (for the devices screen and the resident's message).
 */
public final class EscPosPrinter implements ReceiptPrinter {
    public static final String STATION = "时间驿站 Time Station";
    private final ByteLink.Opener opener;
    private final int columns;
    private final Supplier<String> now;
    private final boolean rasterQr;
    private ByteLink link;
    private EscPosPrinterDriver driver;
    private volatile String state = "printer.not-connected";
    private volatile PrinterStatus lastStatus;

    public EscPosPrinter(ByteLink.Opener opener, int columns, Supplier<String> now) {
        this(opener, columns, now, false);
    }

    /** {@code rasterQr}: QR codes drawn here and sent as bitmaps, for a printer that cannot draw them ({@code printer.qr=raster}). */
    public EscPosPrinter(ByteLink.Opener opener, int columns, Supplier<String> now, boolean rasterQr) {
        this.opener = opener;
        this.columns = columns;
        this.now = now;
        this.rasterQr = rasterQr;
    }

    @Override
    public synchronized boolean print(Receipt receipt) {
        return send(ReceiptLayout.render(receipt, columns, STATION, now.get(), rasterQr));
    }

    /** A test page: both widths' rulers, Chinese and Latin text, a QR code (the devices screen and {@code devices print-test}). */
    public synchronized boolean printTest() {
        return send(testPage(columns, now.get(), rasterQr));
    }

    public static byte[] testPage(int columns, String when) {
        return testPage(columns, when, false);
    }

    public static byte[] testPage(int columns, String when, boolean rasterQr) {
        java.util.List<String> lines = java.util.List.of("1234567890".repeat(columns / 10 + 1).substring(0, columns),
                "中文测试：时间驿站，一小时换一小时。", "Latin text wraps by words, not in the middle of them.",
                "【代办】楼长 张建国 为 王秀英 办理");
        return ReceiptLayout.render(new Receipt("打印测试 Print test", lines, "TS-PRINT-TEST 时间驿站"), columns, STATION, when, rasterQr);
    }

    private boolean send(byte[] job) {
        try {
            EscPosPrinterDriver d = driver();
            EscPosPrinterDriver.Outcome o = d.print(job);
            lastStatus = o.status();
            state = o.status().problemKey();
            return o instanceof EscPosPrinterDriver.Printed;
        } catch (IOException e) {
            drop("printer.not-connected");
            return false;
        } catch (PrinterProtocolException e) {
            drop("printer.garbled");
            return false;
        }
    }

    /** Asks the printer now (the devices screen's live status). */
    public synchronized String check() {
        try {
            PrinterStatus s = driver().status();
            lastStatus = s;
            state = s.problemKey();
        } catch (IOException e) {
            drop("printer.not-connected");
        } catch (PrinterProtocolException e) {
            drop("printer.garbled");
        }
        return state;
    }

    /** Paper in, cover shut, online: a receipt would print now ("near end" still prints). */
    @Override
    public boolean canPrint() {
        String k = check();
        return "printer.ok".equals(k) || "printer.near-end".equals(k);
    }

    public String state() {
        return state;
    }

    public PrinterStatus lastStatus() {
        return lastStatus;
    }

    private EscPosPrinterDriver driver() throws IOException {
        if (driver == null) {
            link = opener.open();
            driver = new EscPosPrinterDriver(link.in(), link.out());
        }
        return driver;
    }

    private void drop(String why) {
        state = why;
        lastStatus = null;
        if (link != null) {
            link.close();
        }
        link = null;
        driver = null;
    }

    public synchronized void close() {
        drop("printer.not-connected");
    }
}
