package org.timestation.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kiosk.jar explains every bad argument in Chinese and English, shows its usage and exits 2; no Java names. */
class KioskCommandLineTest {
    record Result(int exit, String err) {
    }

    static Result run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute(args);
        return new Result(code, err.toString());
    }

    @Test
    void noArgumentsPrintTheUsageAndExitTwo() {
        Result r = run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--data").contains("数据文件夹").contains("Usage");
    }

    @Test
    void badArgumentsAreExplainedInBothLanguages(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        String[][] cases = {
            {"文件夹", "must be a folder", "--data", file.toString()},
            {"不认识的参数", "unknown argument", "--data", dir.toString(), "--fullscreen"},
            {"整数", "whole number", "devices", "read-card", "--port", "/dev/null", "--timeout", "soon"},
            {"缺少 --port", "--port is missing", "devices", "read-card"},
            {"波特率 12345 不对", "baud rate 12345 is wrong", "devices", "print-test", "--port", "/dev/null", "--baud", "12345"},
            {"1 到 3600", "between 1 and 3600", "devices", "scan", "--port", "/dev/null", "--timeout", "0"},
            {"后面要写要做的事", "needs what to do after it", "devices"},
        };
        for (String[] c : cases) {
            Result r = run(java.util.Arrays.copyOfRange(c, 2, c.length));
            assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c)).contains(c[0]).contains(c[1])
                    .doesNotContain("Exception").doesNotContain("java.").doesNotContain("picocli");
        }
    }

    @Test
    void enrollAndSyncSayWhatIsWrongAndExitAsDocumented(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Result badCode = run("enroll", "--data", dir.resolve("new").toString(), "--code", "hello");
        assertThat(badCode.exit()).isEqualTo(2);
        assertThat(badCode.err()).contains("有效的登记码").contains("not a valid enrollment code").doesNotContain("Exception");
        // a code for a hub nobody runs: exit 2, the station's folder stays empty
        org.timestation.sync.EnrollmentCode nowhere = new org.timestation.sync.EnrollmentCode(java.net.URI.create("https://127.0.0.1:1/"),
                new byte[32], "id", "secret", "station-q", System.currentTimeMillis() + 60_000);
        Result unreachable = run("enroll", "--data", dir.resolve("new").toString(), "--code", nowhere.text());
        assertThat(unreachable.exit()).isEqualTo(2);
        assertThat(unreachable.err()).contains("连不上枢纽").contains("Cannot reach the hub").contains("run the same command again")
                .doesNotContain("Everything is kept at the station");
        assertThat(org.timestation.datafolder.DataFolder.at(dir.resolve("new")).isEmpty()).isTrue();
        Result restoreBad = run("restore", "--data", dir.resolve("new").toString(), "--code", "hello");
        assertThat(restoreBad.exit()).isEqualTo(2);
        assertThat(restoreBad.err()).contains("有效的登记码").doesNotContain("Exception");
        Result restoreOff = run("restore", "--data", dir.resolve("new").toString(), "--code", nowhere.text());
        assertThat(restoreOff.exit()).isEqualTo(2);
        assertThat(restoreOff.err()).contains("Cannot reach the hub");
        // a station that never enrolled: refused, exit 1
        org.timestation.demo.DemoCommunity.generate(dir.resolve("island"), org.timestation.demo.DemoCommunity.Options.of(10, 1, 3,
                java.time.LocalDate.of(2026, 11, 1)), "station-a");
        Result island = run("sync", "--data", dir.resolve("island").toString());
        assertThat(island.exit()).isEqualTo(1);
        assertThat(island.err()).contains("还没有登记").contains("not enrolled");
        assertThat(run("sync", "--data", dir.resolve("island").toString(), "--timeout", "0").exit()).isEqualTo(2);
    }

    @Test
    void loadSimulatesResidentsOnADemoStation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path station = dir.resolve("station-a");
        org.timestation.demo.DemoCommunity.generate(station, org.timestation.demo.DemoCommunity.Options.of(40, 1, 3,
                java.time.LocalDate.now().minusDays(3)), "station-a");
        long before;
        try (var c = org.timestation.datafolder.DataFolder.at(station).open(java.time.Clock.systemUTC())) {
            before = c.store().head("station-a").seq();
        }
        StringWriter out = new StringWriter();
        CommandLine cl = KioskMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute("load", "--data", station.toString(), "--operations", "12", "--seed", "4")).isZero();
        assertThat(out.toString()).contains("done:");
        try (var c = org.timestation.datafolder.DataFolder.at(station).open(java.time.Clock.systemUTC())) {
            assertThat(c.store().head("station-a").seq()).as("the residents' operations are in the station's feed").isGreaterThan(before);
        }
        assertThat(run("load", "--data", station.toString(), "--operations", "0").exit()).isEqualTo(2);
    }
}
