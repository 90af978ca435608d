package org.timestation.admin.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk reader's settings: none means no reader (and the screen says how to set one up); a wrong
 * setting, or one naming devices the console never opens, is said in both languages and never stops the
 * console; a port that is not there is retried and said to be not connected.
 */
class DeskReaderTest {
    @TempDir
    Path dir;

    @Test
    void noSettingsMeansNoReader() {
        try (DeskReader r = DeskReader.open(dir, false)) {
            assertThat(r.state().status()).isEqualTo(DeskReader.Status.NOT_CONFIGURED);
            assertThat(r.simulated()).isEmpty();
        }
    }

    @Test
    void aWrongSettingIsSaidInBothLanguages() throws Exception {
        Files.writeString(dir.resolve("devices.properties"), "reader.port=/dev/ttyUSB0\nreader.baud=12345\n");
        try (DeskReader r = DeskReader.open(dir, false)) {
            assertThat(r.state().status()).isEqualTo(DeskReader.Status.MISCONFIGURED);
            assertThat(r.state().detail()).contains("reader.baud").contains("波特率").contains("baud rate");
        }
    }

    @Test
    void aReceiptPrinterOrScannerIsNotTheConsolesToOpen() throws Exception {
        Files.writeString(dir.resolve("devices.properties"), "reader.port=/dev/ttyUSB0\nprinter.port=/dev/ttyUSB1\n");
        try (DeskReader r = DeskReader.open(dir, false)) {
            assertThat(r.state().status()).isEqualTo(DeskReader.Status.MISCONFIGURED);
            assertThat(r.state().detail()).contains("printer.port").contains("删去").contains("Remove");
        }
    }

    @Test
    void aPortThatIsNotThereIsSaidToBeNotConnected() throws Exception {
        Path missing = dir.resolve("no-such-tty");
        Files.writeString(dir.resolve("devices.properties"), "reader.port=" + missing + "\n");
        try (DeskReader r = DeskReader.open(dir, false)) {
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (r.state().status() != DeskReader.Status.NOT_CONNECTED && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(r.state().status()).isEqualTo(DeskReader.Status.NOT_CONNECTED);
            assertThat(r.state().where()).startsWith(missing.toString());
        }
    }
}
