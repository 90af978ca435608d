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
}
