package org.timestation.device.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** devices.properties: ports, speeds, paper and scanner mode; a bad value is named in both languages. */
class DeviceConfigTest {
    @TempDir
    Path dir;

    @Test
    void noFileMeansNoDevicesAndAKeyboardScanner() throws Exception {
        DeviceConfig c = DeviceConfig.load(dir);
        assertThat(c.readerPort()).isNull();
        assertThat(c.printerPort()).isNull();
        assertThat(c.scannerMode()).isEqualTo(DeviceConfig.ScannerMode.WEDGE);
    }

    @Test
    void aFullFileIsRead() throws Exception {
        Files.writeString(dir.resolve(DeviceConfig.FILE), """
                reader.port=/dev/timestation-reader
                printer.port=/dev/ttyUSB1
                printer.baud=19200
                printer.paper=58
                printer.qr=raster
                scanner.port=/dev/ttyACM0
                """);
        DeviceConfig c = DeviceConfig.load(dir);
        assertThat(c.readerPort()).isEqualTo("/dev/timestation-reader");
        assertThat(c.readerBaud()).isEqualTo(115_200);
        assertThat(c.printerBaud()).isEqualTo(19_200);
        assertThat(c.paperMm()).isEqualTo(58);
        assertThat(c.scannerMode()).as("a scanner port means serial mode").isEqualTo(DeviceConfig.ScannerMode.SERIAL);
        assertThat(c.printerQr()).isEqualTo(DeviceConfig.QrMode.RASTER);
        assertThat(DeviceConfig.NONE.printerQr()).as("by default the printer draws its QR codes").isEqualTo(DeviceConfig.QrMode.NATIVE);
    }

    @Test
    void badValuesAreNamedInBothLanguages() throws Exception {
        for (String[] bad : new String[][] {
                {"printer.paper=60", "printer.paper"}, {"reader.baud=fast", "reader.baud"}, {"reader.baud=12345", "reader.baud"},
                {"scanner.mode=bluetooth", "scanner.mode"}, {"printer.qr=bitmap", "printer.qr"}, {"printer.prot=/dev/ttyUSB0", "printer.prot"}}) {
            Files.writeString(dir.resolve(DeviceConfig.FILE), bad[0] + "\n");
            assertThatThrownBy(() -> DeviceConfig.load(dir)).isInstanceOfSatisfying(DeviceConfig.ConfigException.class, e -> {
                assertThat(e.zh()).contains(bad[1]).containsPattern("\\p{IsHan}");
                assertThat(e.en()).contains(bad[1]).doesNotContainPattern("\\p{IsHan}");
            });
        }
    }
}
