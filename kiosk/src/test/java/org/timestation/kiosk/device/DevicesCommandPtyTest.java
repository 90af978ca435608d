package org.timestation.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.kiosk.KioskMain;
import org.timestation.device.idcard.IdCardSimulator;
import org.timestation.device.serial.PtyPair;
import org.timestation.device.serial.SerialLink;
import picocli.CommandLine;

/** {@code kiosk.jar devices read-card} against a simulated reader on a pseudo-terminal. */
class DevicesCommandPtyTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new KioskMain());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void readCardPrintsTheCardWithTheNumberMaskedOrSaysWhatTheReaderReported() throws Exception {
        try (PtyPair pair = new PtyPair(dir); SerialLink reader = SerialLink.open(pair.b.toString(), SerialLink.DEFAULT_BAUD, 60_000)) {
            IdCardSimulator sim = new IdCardSimulator(reader.in(), reader.out());
            Thread t = new Thread(sim, "pty-reader");
            t.setDaemon(true);
            t.start();
            Result none = run("devices", "read-card", "--port", pair.a.toString(), "--timeout", "1");
            assertThat(none.exit()).isEqualTo(1);
            assertThat(none.err()).contains("没有卡").contains("no card");
            sim.place(org.timestation.device.idcard.TestCards.elder("11010519440315992"));
            Result card = run("devices", "read-card", "--port", pair.a.toString(), "--timeout", "5");
            assertThat(card.exit()).as(card.err()).isZero();
            assertThat(card.out()).contains("\"name\":\"王秀英\"").contains("\"birth\":\"1944-03-15\"").contains("\"idNumber\":\"**************")
                    .contains("\"gender\":\"FEMALE\"").contains("\"nation\":").contains("\"address\":").contains("\"authority\":")
                    .contains("\"validFrom\":").contains("\"validTo\":").contains("\"expired\":")
                    .doesNotContain("19440315992").doesNotContain("110105");
        }
        Result gone = run("devices", "read-card", "--port", dir.resolve("no-such-port").toString(), "--timeout", "1");
        assertThat(gone.exit()).isEqualTo(2);
        assertThat(gone.err()).contains("读卡器没有回应").contains("check the cable");
    }
}
