package org.timestation.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Serial-mode scans: UTF-8 lines ended by CR, LF or CR LF. */
class ScanLineReaderTest {
    static ScanLineReader reader(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return new ScanLineReader(new ByteArrayInputStream(all.toByteArray()));
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineIsOneCodeWhateverItEndsWith() throws Exception {
        ScanLineReader r = reader(b("TS1.ABC\r\nTSM1.时间驿站\rplain\n\r\n\nlast\r"));
        assertThat(r.next()).isEqualTo("TS1.ABC");
        assertThat(r.next()).isEqualTo("TSM1.时间驿站");
        assertThat(r.next()).isEqualTo("plain");
        assertThat(r.next()).as("empty lines are skipped").isEqualTo("last");
        assertThat(r.next()).as("unplugged").isNull();
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedAndTheNextOneStillReads() throws Exception {
        ScanLineReader r = reader(new byte[] {(byte) 0xC3, 0x28, '\r', '\n'}, b("ok\r\n"));
        assertThatThrownBy(r::next).isInstanceOf(ScanException.class).hasMessageContaining("UTF-8");
        assertThat(r.next()).isEqualTo("ok");
    }

    @Test
    void anOverlongLineIsRefusedWithoutKeepingItAll() throws Exception {
        ScanLineReader r = reader(b("x".repeat(ScanLineReader.MAX_BYTES * 3) + "\n"), b("next\n"));
        assertThatThrownBy(r::next).isInstanceOf(ScanException.class).hasMessageContaining("longer");
        assertThat(r.next()).isEqualTo("next");
    }

    @Test
    void aLineCutOffByUnpluggingIsNotReportedAsAScan() throws Exception {
        assertThat(reader(b("TS1.HALF")).next()).isNull();
    }

    @Test
    void theSimulatorSendsWhatTheReaderReads() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ScannerSimulator sim = new ScannerSimulator(wire);
        sim.scan("TSM1.会员码");
        sim.scan("second");
        assertThat(wire.toByteArray()).endsWith('\r', '\n');
        ScanLineReader r = new ScanLineReader(new ByteArrayInputStream(wire.toByteArray()));
        assertThat(r.next()).isEqualTo("TSM1.会员码");
        assertThat(r.next()).isEqualTo("second");
    }
}
