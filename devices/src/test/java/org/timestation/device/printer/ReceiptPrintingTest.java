package org.timestation.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timestation.device.ReceiptPrinter.Receipt;
import org.timestation.device.serial.PipeLink;

/**
 * The printer driver against the printer simulator, byte for byte over an in-process cable: every
 * kind of receipt on both paper widths, status before and after, paper running out in the middle,
 * the cable pulled and plugged back.
 */
class ReceiptPrintingTest {
    final PrinterSimulator sim = new PrinterSimulator();
    final AtomicReference<PipeLink[]> cable = new AtomicReference<>();

    /** Opens a fresh cable to the simulator, as plugging the printer in again would. */
    PipeLink open() {
        PipeLink[] pair = PipeLink.pair(500);
        cable.set(pair);
        Thread t = new Thread(() -> {
            try {
                sim.serve(pair[1].in(), pair[1].out());
            } catch (java.io.IOException e) {
                // the cable was pulled
            }
        }, "printer-sim");
        t.setDaemon(true);
        t.start();
        return pair[0];
    }

    @AfterEach
    void unplug() {
        if (cable.get() != null) {
            cable.get()[1].close();
        }
    }

    static List<Receipt> everyKind() {
        return List.of(
                new Receipt("互助服务 Help given", List.of("周新", "获得 1小时30分钟 · earned 1 h 30 min"), null),
                new Receipt("互助服务", List.of("王秀英", "确认服务时间 45分钟，已付给志工 周新"), null),
                new Receipt("兑换券 Voucher", List.of("王秀英", "幸福里理发店 · 30分钟 = ¥25.00", "有效期至 2026-12-23"),
                        "TS1.6BFOXN*TS0BI$ZDFRH:9K.S8JY5.SJQ7B1W-3J4K-G4VP9JWO4W.P95N4QJ5-M2N$R3XOF1Y6UJ7N"),
                new Receipt("转赠 Gift", List.of("王秀英", "送出 1小时 给 李明"), null),
                new Receipt("兑换券", List.of("王秀英", "【代办】楼长 张建国 为 王秀英 办理"), "TS1.ABC"),
                new Receipt("我的时间 Statement", List.of("王秀英", "余额 3小时20分钟", "2026-11-20 互助 +1小时", "2026-11-21 兑换 −30分钟",
                        "A very long English line that has to wrap at the paper's edge without breaking words apart"), "TSM1.XYZ"),
                new Receipt("活动签到 Check-in", List.of("王秀英", "重阳登高 · 11月25日 09:00 · 小区北门"), null));
    }

    @ParameterizedTest
    @ValueSource(ints = {58, 80})
    void everyKindOfReceiptPrintsWithinThePaperWidthWithItsQrAndACut(int mm) {
        int columns = ReceiptLayout.columns(mm);
        EscPosPrinter printer = new EscPosPrinter(this::open, columns, () -> "2026-11-23 09:30");
        for (Receipt r : everyKind()) {
            assertThat(printer.print(r)).as(r.title()).isTrue();
        }
        assertThat(sim.cuts()).isEqualTo(everyKind().size());
        assertThat(sim.qrCodes()).containsExactly(everyKind().stream().map(Receipt::qr).filter(q -> q != null).toArray(String[]::new));
        String paper = String.join("\n", sim.lines());
        assertThat(paper).contains("时间驿站", "兑换券", "【代办】楼长", "张建国", "王秀英", "理", "2026-11-23 09:30", "without breaking");
        for (String line : sim.lines()) {
            boolean header = line.startsWith("时间驿站") || line.equals("Station"); // the station's name is printed double width
            int allowed = header ? columns / 2 : columns;
            assertThat(ReceiptText.width(line)).as(line).isLessThanOrEqualTo(allowed);
        }
        assertThat(printer.state()).isEqualTo("printer.ok");
    }

    @ParameterizedTest
    @ValueSource(ints = {58, 80})
    void aPrinterWithoutQrSupportGetsEachQrCodeAsABitmapThatScansBackToExactlyTheCode(int mm) {
        int columns = ReceiptLayout.columns(mm);
        EscPosPrinter printer = new EscPosPrinter(this::open, columns, () -> "2026-11-23 09:30", true);
        for (Receipt r : everyKind()) {
            assertThat(printer.print(r)).as(r.title()).isTrue();
        }
        String[] codes = everyKind().stream().map(Receipt::qr).filter(q -> q != null).toArray(String[]::new);
        assertThat(sim.rasters()).as("one bitmap per code, no GS ( k").hasSize(codes.length);
        assertThat(sim.qrCodes()).as("each bitmap, read back with ZXing").containsExactly(codes);
        int dots = mm == 80 ? 576 : 384; // the print head's width
        for (java.awt.image.BufferedImage img : sim.rasters()) {
            assertThat(img.getWidth()).as("fits the paper").isLessThanOrEqualTo(dots);
        }
        assertThat(String.join("\n", sim.lines())).contains("时间驿站", "2026-11-23 09:30");
        assertThat(sim.cuts()).isEqualTo(everyKind().size());
    }

    @Test
    void aVoucherCodeSurvivesTheBitmapByteForByte() {
        String voucher = "TSV1." + "A-Za-z0-9_-".repeat(20); // as long as a signed voucher code
        byte[] bytes = new EscPos().init().rasterQr(voucher, 4, EscPos.Correction.M).bytes();
        for (byte b : bytes) {
            try {
                sim.feed(b);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(sim.qrCodes()).containsExactly(voucher);
    }

    @Test
    void aPrinterOutOfPaperPrintsNothingAndSaysWhy() {
        EscPosPrinter printer = new EscPosPrinter(this::open, 32, () -> "now");
        sim.set(new PrinterStatus(true, false, true, true, false));
        assertThat(printer.print(everyKind().get(0))).isFalse();
        assertThat(sim.lines()).isEmpty();
        assertThat(printer.state()).isEqualTo("printer.paper-out");
        sim.set(PrinterStatus.READY); // staff put a new roll in
        assertThat(printer.print(everyKind().get(0))).isTrue();
    }

    @Test
    void paperRunningOutInTheMiddleIsSeenByTheStatusAfterTheJob() {
        EscPosPrinter printer = new EscPosPrinter(this::open, 32, () -> "now");
        sim.paperFor(4);
        assertThat(printer.print(everyKind().get(5))).isFalse();
        assertThat(printer.state()).isEqualTo("printer.paper-out");
        assertThat(sim.lines()).hasSize(4);
    }

    @Test
    void aPulledCableFailsTheJobAndThePrinterIsOpenedAgainWhenItIsBack() {
        EscPosPrinter printer = new EscPosPrinter(this::open, 48, () -> "now");
        assertThat(printer.print(everyKind().get(0))).isTrue();
        cable.get()[1].close(); // pulled
        assertThat(printer.print(everyKind().get(1))).isFalse();
        assertThat(printer.state()).isEqualTo("printer.not-connected");
        assertThat(printer.print(everyKind().get(1))).as("plugged back: a new cable").isTrue();
        assertThat(sim.cuts()).isEqualTo(2);
    }

    @Test
    void aPrinterThatAnswersGarbageIsNotTrusted() {
        PipeLink[] pair = PipeLink.pair(300);
        Thread t = new Thread(() -> {
            try {
                for (int b = pair[1].in().read(); b >= 0; b = pair[1].in().read()) {
                    if (b == 0x04) {
                        pair[1].out().write(0xFF); // not a status byte
                    }
                }
            } catch (java.io.IOException e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
        EscPosPrinter printer = new EscPosPrinter(() -> pair[0], 32, () -> "now");
        assertThat(printer.print(everyKind().get(0))).isFalse();
        assertThat(printer.state()).isEqualTo("printer.garbled");
        pair[1].close();
    }
}
