package org.timestation.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.device.ReceiptPrinter;
import org.timestation.device.printer.EscPosPrinter;
import org.timestation.device.printer.PrinterSimulator;
import org.timestation.device.printer.PrinterStatus;
import org.timestation.device.serial.PtyPair;
import org.timestation.device.serial.SerialLink;

/**
 * The printer and scanner drivers and the {@code devices print-test} / {@code devices scan} commands
 * against the simulators on socat pseudo-terminal pairs, through jSerialComm, incl. pulling the cable
 * and a slow trickle of bytes.
 */
class PrinterAndScannerPtyTest {
    @TempDir
    Path dir;

    static Thread serve(PrinterSimulator sim, SerialLink device) {
        Thread t = new Thread(() -> {
            try {
                sim.serve(device.in(), device.out());
            } catch (java.io.IOException gone) {
                // the cable was pulled
            }
        }, "pty-printer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void receiptsPrintThroughASerialPortAndAPulledCableFailsWithoutHanging() throws Exception {
        PrinterSimulator sim = new PrinterSimulator();
        PtyPair pair = new PtyPair(dir);
        try (SerialLink device = SerialLink.open(pair.b.toString(), 9600, 60_000)) {
            serve(sim, device);
            EscPosPrinter printer = new EscPosPrinter(() -> SerialLink.open(pair.a.toString(), 9600, 1000), 32, () -> "2026-11-23 10:00");
            assertThat(printer.print(new ReceiptPrinter.Receipt("兑换券", List.of("王秀英", "30分钟"), "TS1.ABC"))).isTrue();
            assertThat(sim.qrCodes()).containsExactly("TS1.ABC");
            assertThat(sim.lines()).contains("王秀英");
            sim.set(new PrinterStatus(true, true, false, false, false));
            assertThat(printer.print(new ReceiptPrinter.Receipt("x", List.of("y"), null))).isFalse();
            assertThat(printer.state()).isEqualTo("printer.cover-open");
            pair.close(); // pulled
            long t0 = System.nanoTime();
            assertThat(printer.print(new ReceiptPrinter.Receipt("x", List.of("y"), null))).isFalse();
            assertThat(printer.state()).isEqualTo("printer.not-connected");
            assertThat((System.nanoTime() - t0) / 1_000_000).as("no hang").isLessThan(20_000);
        } finally {
            pair.close();
        }
    }

    @Test
    void printTestAndScanCommandsTalkToTheDevicesAndSayWhatIsWrong() throws Exception {
        PrinterSimulator sim = new PrinterSimulator();
        try (PtyPair printerPair = new PtyPair(dir.resolve("p"));
             SerialLink printer = SerialLink.open(printerPair.b.toString(), 9600, 60_000)) {
            serve(sim, printer);
            DevicesCommandPtyTest.Result ok = DevicesCommandPtyTest.run("devices", "print-test", "--port", printerPair.a.toString(), "--width", "58");
            assertThat(ok.exit()).as(ok.err()).isZero();
            assertThat(sim.lines()).anyMatch(l -> l.contains("中文测试"));
            assertThat(sim.qrCodes()).hasSize(1);
            sim.set(new PrinterStatus(true, false, true, true, false));
            DevicesCommandPtyTest.Result out = DevicesCommandPtyTest.run("devices", "print-test", "--port", printerPair.a.toString());
            assertThat(out.exit()).isEqualTo(1);
            assertThat(out.err()).contains("缺纸").contains("Out of paper");
            assertThat(DevicesCommandPtyTest.run("devices", "print-test", "--port", printerPair.a.toString(), "--width", "70").exit()).isEqualTo(2);
        }
        try (PtyPair scannerPair = new PtyPair(dir.resolve("s"));
             SerialLink scanner = SerialLink.open(scannerPair.b.toString(), 9600, 60_000)) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(800);
                    // a slow trickle: one byte at a time
                    for (byte b : "TSM1.会员码\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        scanner.out().write(b);
                        scanner.out().flush();
                        Thread.sleep(15);
                    }
                } catch (Exception e) {
                    // test ends
                }
            });
            t.setDaemon(true);
            t.start();
            DevicesCommandPtyTest.Result scanned = DevicesCommandPtyTest.run("devices", "scan", "--port", scannerPair.a.toString(), "--timeout", "10");
            assertThat(scanned.exit()).as(scanned.err()).isZero();
            assertThat(scanned.out().strip()).isEqualTo("TSM1.会员码");
            DevicesCommandPtyTest.Result none = DevicesCommandPtyTest.run("devices", "scan", "--port", scannerPair.a.toString(), "--timeout", "1");
            assertThat(none.exit()).isEqualTo(1);
            assertThat(none.err()).contains("没有扫到码");
        }
        assertThat(DevicesCommandPtyTest.run("devices", "scan", "--port", dir.resolve("none").toString()).exit()).isEqualTo(2);
    }
}
