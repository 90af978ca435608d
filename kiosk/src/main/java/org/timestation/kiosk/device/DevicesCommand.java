package org.timestation.kiosk.device;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.timestation.device.CardData;
import org.timestation.device.idcard.IdCardReaderDriver;
import org.timestation.device.serial.SerialLink;
import org.timestation.member.IdNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Diagnostics for a field technician without a display: {@code kiosk.jar devices list|read-card|print-test|scan}. */
@Command(name = "devices", description = {"设备检测（不需要显示器）/ Device diagnostics (no display needed)."},
        subcommands = {DevicesCommand.ListPorts.class, DevicesCommand.ReadCard.class, DevicesCommand.PrintTest.class,
                DevicesCommand.Scan.class})
public final class DevicesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw org.timestation.cli.BadArguments.missingSubcommand(spec);
    }

    @Command(name = "list", description = {"列出串口 / List the serial ports."})
    static final class ListPorts implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            SerialPort[] ports = SerialPort.getCommPorts();
            for (SerialPort p : ports) {
                out.printf("%s  %s%n", p.getSystemPortPath(), p.getPortDescription());
            }
            out.printf("串口 / ports: %d%n", ports.length);
            return 0;
        }
    }

    /** The rates serial ID card readers, printers and scanners use (8N1). */
    static final java.util.List<Integer> BAUDS = java.util.List.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400);

    /** A baud rate no device uses is named as such, before the port is opened (not reported as a port problem). */
    static void checkBaud(picocli.CommandLine.Model.CommandSpec spec, int baud) {
        if (!BAUDS.contains(baud)) {
            String list = BAUDS.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "波特率 " + baud + " 不对，请写其中之一：" + list + "（读卡器通常是 115200，打印机和扫码器通常是 9600）。",
                    "baud rate " + baud + " is wrong; write one of " + list + " (ID card readers usually 115200, printers and scanners 9600).");
        }
    }

    static void checkSeconds(picocli.CommandLine.Model.CommandSpec spec, String option, int seconds) {
        if (seconds < 1 || seconds > 3600) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), option + " 要写 1 到 3600 之间的秒数，“" + seconds + "”不在这个范围。",
                    option + " must be between 1 and 3600 seconds; " + seconds + " is not.");
        }
    }

    @Command(name = "read-card", description = {"等一张身份证并显示内容（号码遮盖）/ Wait for one ID card and print it as JSON (number masked)."})
    static final class ReadCard implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--port", required = true, description = "serial port path, e.g. /dev/ttyUSB0")
        String port;

        @Option(names = "--baud", defaultValue = "115200", description = "baud rate (default ${DEFAULT-VALUE}), 8N1")
        int baud;

        @Option(names = "--timeout", defaultValue = "30", description = "seconds to wait for a card (default ${DEFAULT-VALUE})")
        int timeout;

        @Override
        public Integer call() {
            checkBaud(spec, baud);
            checkSeconds(spec, "--timeout", timeout);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            long until = System.nanoTime() + timeout * 1_000_000_000L;
            String last = "没有卡 / no card on the reader";
            try (SerialLink link = SerialLink.open(port, baud, 1000)) {
                IdCardReaderDriver driver = new IdCardReaderDriver(link.in(), link.out());
                while (System.nanoTime() < until) {
                    IdCardReaderDriver.Result r = driver.poll();
                    if (r instanceof IdCardReaderDriver.NewCard n) {
                        out.println(cardJson(n.card(), java.time.LocalDate.now()));
                        return 0;
                    }
                    if (r instanceof IdCardReaderDriver.Failed f) {
                        last = f.status().zh() + " / " + f.status().en() + " (" + f.detail() + ")";
                    }
                    Thread.sleep(200);
                }
                err.println("错误：" + timeout + " 秒内没有读到身份证：" + last + " / Error: no card read in " + timeout + " s: " + last);
                return 1;
            } catch (IOException e) {
                err.println("错误：读卡器没有回应，请检查连线和端口 " + port + "。 / Error: the reader does not answer; check the cable and the port "
                        + port + ". (" + e.getMessage() + ")");
                return 2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 2;
            }
        }

        /** Every field of the card as JSON, the ID number masked to its last four characters. */
        static String cardJson(CardData c, java.time.LocalDate today) {
            java.util.Map<String, Object> m = new java.util.TreeMap<>();
            m.put("name", c.name());
            m.put("gender", c.gender().name());
            m.put("nation", c.nation());
            m.put("birth", c.birth().toString());
            m.put("address", c.address());
            m.put("idNumber", IdNumber.mask(c.idNumber()));
            m.put("authority", c.authority());
            m.put("validFrom", c.validFrom());
            m.put("validTo", c.validToText());
            m.put("expired", c.expiredOn(today));
            return org.timestation.ledger.CanonicalJson.encode(m);
        }
    }

    @Command(name = "print-test", description = {"打印一张测试页，并显示打印机状态 / Print a test page and show the printer's status."})
    static final class PrintTest implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--port", required = true, description = "serial port path, e.g. /dev/ttyUSB1")
        String port;

        @Option(names = "--baud", defaultValue = "9600", description = "baud rate (default ${DEFAULT-VALUE}), 8N1")
        int baud;

        @Option(names = "--width", defaultValue = "80", description = "paper width in mm: 58 or 80 (default ${DEFAULT-VALUE})")
        int width;

        @Override
        public Integer call() {
            checkBaud(spec, baud);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int columns;
            try {
                columns = org.timestation.device.printer.ReceiptLayout.columns(width);
            } catch (IllegalArgumentException e) {
                err.println("错误：--width 只能是 58 或 80。 / Error: --width must be 58 or 80.");
                return 2;
            }
            try (SerialLink link = SerialLink.open(port, baud, 1000)) {
                org.timestation.device.printer.EscPosPrinterDriver d = new org.timestation.device.printer.EscPosPrinterDriver(link.in(), link.out());
                org.timestation.device.printer.EscPosPrinterDriver.Outcome o = d.print(
                        org.timestation.device.printer.EscPosPrinter.testPage(columns, java.time.LocalDateTime.now().withNano(0).toString()));
                String state = o.status().problemKey();
                if (o instanceof org.timestation.device.printer.EscPosPrinterDriver.Printed) {
                    out.println("已打印测试页 / test page printed (" + columns + " columns); status: " + state);
                    return 0;
                }
                err.println("错误：没有打印出来 / Error: not printed: " + org.timestation.kiosk.app.KioskText.BUNDLE.get(org.timestation.text.Text.ZH, state)
                        + " / " + org.timestation.kiosk.app.KioskText.BUNDLE.get(org.timestation.text.Text.EN, state));
                return 1;
            } catch (IOException | org.timestation.device.printer.PrinterProtocolException e) {
                err.println("错误：打印机没有回应，请检查连线、电源和端口 " + port + "（波特率 " + baud + "）。 / Error: the printer does not answer; check the cable, power and port "
                        + port + " (baud " + baud + "). (" + e.getMessage() + ")");
                return 2;
            }
        }
    }

    @Command(name = "scan", description = {"等扫码器扫一个码并显示 / Wait for one scan from a serial scanner and print it."})
    static final class Scan implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--port", required = true, description = "serial port path, e.g. /dev/ttyACM0")
        String port;

        @Option(names = "--baud", defaultValue = "9600", description = "baud rate (default ${DEFAULT-VALUE}), 8N1")
        int baud;

        @Option(names = "--timeout", defaultValue = "30", description = "seconds to wait for a scan (default ${DEFAULT-VALUE})")
        int timeout;

        @Override
        public Integer call() {
            checkBaud(spec, baud);
            checkSeconds(spec, "--timeout", timeout);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            long until = System.nanoTime() + timeout * 1_000_000_000L;
            try (SerialLink link = SerialLink.open(port, baud, 500)) {
                org.timestation.device.scanner.ScanLineReader lines = new org.timestation.device.scanner.ScanLineReader(link.in());
                while (System.nanoTime() < until) {
                    try {
                        String code = lines.next();
                        if (code == null) {
                            break;
                        }
                        out.println(code);
                        return 0;
                    } catch (org.timestation.device.serial.ReadTimeoutException quiet) {
                        // keep waiting
                    } catch (org.timestation.device.scanner.ScanException e) {
                        err.println("错误：扫到的内容无法识别 / Error: the scan could not be read (" + e.getMessage() + ")");
                        return 1;
                    }
                }
                err.println("错误：" + timeout + " 秒内没有扫到码 / Error: nothing scanned in " + timeout + " s");
                return 1;
            } catch (IOException e) {
                err.println("错误：扫码器没有连接，请检查连线和端口 " + port + "。 / Error: the scanner is not connected; check the cable and the port "
                        + port + ". (" + e.getMessage() + ")");
                return 2;
            }
        }
    }
}
