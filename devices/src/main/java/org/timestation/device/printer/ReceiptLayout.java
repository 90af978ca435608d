package org.timestation.device.printer;

import org.timestation.device.ReceiptPrinter.Receipt;

/**
 * How a receipt looks on paper, for 58 mm (32 columns) and 80 mm (48 columns) rolls: the station's
 * name large and centred, the title in bold, a rule, the lines wrapped to the paper (a Chinese
 * character takes two columns), a 代办 line in bold, a rule, the QR code if any, the time, a partial cut.
 */
public final class ReceiptLayout {
    /** Lines that start with this are printed in bold (the 代办 line naming both people). */
    public static final String EMPHASIS = "【";

    private ReceiptLayout() {
    }

    public static byte[] render(Receipt r, int columns, String stationName, String when) {
        return render(r, columns, stationName, when, false);
    }

    /** {@code rasterQr}: the QR code drawn here and sent as a bitmap, for a printer that cannot draw QR codes ({@code printer.qr=raster}). */
    public static byte[] render(Receipt r, int columns, String stationName, String when, boolean rasterQr) {
        if (columns != ReceiptText.COLUMNS_58MM && columns != ReceiptText.COLUMNS_80MM) {
            throw new IllegalArgumentException("columns must be 32 (58 mm) or 48 (80 mm)");
        }
        EscPos p = new EscPos().init().align(EscPos.Align.CENTER).size(2, 2);
        for (String l : ReceiptText.wrap(stationName, columns / 2)) {
            p.line(l);
        }
        p.size(1, 1).bold(true);
        for (String l : ReceiptText.wrap(r.title(), columns)) {
            p.line(l);
        }
        p.bold(false).align(EscPos.Align.LEFT).line("-".repeat(columns));
        for (String text : r.lines()) {
            for (String paragraph : text.split("\n", -1)) {
                boolean strong = paragraph.startsWith(EMPHASIS);
                p.bold(strong);
                for (String l : ReceiptText.wrap(paragraph, columns)) {
                    p.line(l);
                }
            }
        }
        p.bold(false).line("-".repeat(columns));
        if (r.qr() != null) {
            int module = columns == ReceiptText.COLUMNS_80MM ? 6 : 4;
            p.align(EscPos.Align.CENTER);
            if (rasterQr) {
                p.rasterQr(r.qr(), module, EscPos.Correction.M);
            } else {
                p.qr(r.qr(), module, EscPos.Correction.M);
            }
            p.feed();
        }
        p.align(EscPos.Align.CENTER).line(when).feed(4).cut(true);
        return p.bytes();
    }

    /** The columns of a paper width in millimetres (58 or 80). */
    public static int columns(int paperMm) {
        return switch (paperMm) {
            case 58 -> ReceiptText.COLUMNS_58MM;
            case 80 -> ReceiptText.COLUMNS_80MM;
            default -> throw new IllegalArgumentException("paper width must be 58 or 80 (mm), not " + paperMm);
        };
    }

}
