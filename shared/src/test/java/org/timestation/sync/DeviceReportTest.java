package org.timestation.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a station says of its devices: only the known devices with short states, kept and read back the same. */
class DeviceReportTest {
    @Test
    void aReportIsKeptAndReadBackTheSame() {
        DeviceReport r = new DeviceReport(Map.of("printer", "printer.paper-out", "reader", "device.ok", "scanner", "scanner.wedge", "receipts", "3"));
        assertThat(r.encode()).isEqualTo("printer=printer.paper-out;reader=device.ok;receipts=3;scanner=scanner.wedge");
        assertThat(DeviceReport.decode(r.encode())).isEqualTo(r);
        assertThat(DeviceReport.parse(Map.of("printer", "printer.ok"))).isEqualTo(new DeviceReport(Map.of("printer", "printer.ok")));
        assertThat(DeviceReport.parse(null).isEmpty()).isTrue();
        assertThat(DeviceReport.decode(null)).isEqualTo(DeviceReport.NONE);
    }

    @Test
    void aPeerCannotPlantTextOrUnknownDevicesInTheManagersDashboard() {
        for (Map<String, Object> bad : java.util.List.<Map<String, Object>>of(Map.of("camera", "device.ok"), Map.of("printer", "<b>ok</b>"),
                Map.of("printer", "x".repeat(41)), Map.of("printer", 3L), Map.of("reader", "ok;printer=fine"), Map.of("printer", ""))) {
            assertThatThrownBy(() -> DeviceReport.parse(bad)).as(bad.toString()).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> DeviceReport.parse("printer=ok")).isInstanceOf(IllegalArgumentException.class);
    }
}
