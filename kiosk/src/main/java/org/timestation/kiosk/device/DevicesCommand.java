package org.timestation.kiosk.device;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.timestation.kiosk.device.idcard.IdCardReaderDriver;
import org.timestation.kiosk.device.serial.SerialLink;
import org.timestation.member.IdNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Diagnostics for a field technician without a display: {@code kiosk.jar devices list|read-card}. */
@Command(name = "devices", description = {"设备检测（不需要显示器）/ Device diagnostics (no display needed)."},
        subcommands = {DevicesCommand.ListPorts.class, DevicesCommand.ReadCard.class})
public final class DevicesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
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
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            long until = System.nanoTime() + timeout * 1_000_000_000L;
            String last = "没有卡 / no card on the reader";
            try (SerialLink link = SerialLink.open(port, baud, 1000)) {
                IdCardReaderDriver driver = new IdCardReaderDriver(link.in(), link.out());
                while (System.nanoTime() < until) {
                    IdCardReaderDriver.Result r = driver.poll();
                    if (r instanceof IdCardReaderDriver.NewCard n) {
                        CardData c = n.card();
                        out.printf("{\"name\":\"%s\",\"gender\":\"%s\",\"birth\":\"%s\",\"address\":\"%s\",\"idNumber\":\"%s\"}%n", json(c.name()),
                                c.gender(), c.birth(), json(c.address()), IdNumber.parse(c.idNumber()).masked());
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

        private static String json(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
