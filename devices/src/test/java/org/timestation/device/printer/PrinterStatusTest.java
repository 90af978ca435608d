package org.timestation.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DLE EOT answers, written by hand from the ESC/POS tables (bits 1 and 4 always on). */
class PrinterStatusTest {
    @Test
    void aReadyPrinterAnswers0x12ThreeTimes() throws Exception {
        assertThat(PrinterStatus.parse(0x12, 0x12, 0x12)).isEqualTo(PrinterStatus.READY);
        assertThat(PrinterStatus.READY.ready()).isTrue();
        assertThat(PrinterStatus.READY.bytes()).containsExactly(0x12, 0x12, 0x12);
    }

    @Test
    void paperOutIsBits5And6OfTheRollSensorOrBit5OfTheOfflineCause() throws Exception {
        PrinterStatus out = PrinterStatus.parse(0x1A, 0x32, 0x72); // offline; stopped at paper end; near end + end
        assertThat(out.paperOut()).isTrue();
        assertThat(out.offline()).isTrue();
        assertThat(out.ready()).isFalse();
        assertThat(out.problemKey()).isEqualTo("printer.paper-out");
        assertThat(PrinterStatus.parse(0x12, 0x12, 0x1E).paperNearEnd()).isTrue(); // 0x12 | 0x0C
        assertThat(PrinterStatus.parse(0x12, 0x12, 0x1E).ready()).as("near end still prints").isTrue();
    }

    @Test
    void coverOpenIsBit2OfTheOfflineCauseAndErrorIsBit6() throws Exception {
        assertThat(PrinterStatus.parse(0x1A, 0x16, 0x12).coverOpen()).isTrue();
        assertThat(PrinterStatus.parse(0x1A, 0x16, 0x12).problemKey()).isEqualTo("printer.cover-open");
        assertThat(PrinterStatus.parse(0x1A, 0x52, 0x12).error()).isTrue();
        assertThat(PrinterStatus.parse(0x1A, 0x12, 0x12).problemKey()).isEqualTo("printer.offline");
    }

    @Test
    void aByteWithoutTheFixedBitsIsNotAStatus() {
        assertThatThrownBy(() -> PrinterStatus.parse(0x00, 0x12, 0x12)).isInstanceOf(PrinterProtocolException.class);
        assertThatThrownBy(() -> PrinterStatus.parse(0x12, 0x92, 0x12)).isInstanceOf(PrinterProtocolException.class);
    }

    @Test
    void everyStateSurvivesItsOwnBytes() throws Exception {
        for (int m = 0; m < 32; m++) {
            PrinterStatus s = new PrinterStatus((m & 1) != 0, (m & 2) != 0, (m & 4) != 0, (m & 8) != 0, (m & 16) != 0);
            int[] b = s.bytes();
            PrinterStatus back = PrinterStatus.parse(b[0], b[1], b[2]);
            assertThat(back.ready()).isEqualTo(s.ready());
            assertThat(back.paperOut()).isEqualTo(s.paperOut());
            assertThat(back.coverOpen()).isEqualTo(s.coverOpen());
            assertThat(back.paperNearEnd()).isEqualTo(s.paperNearEnd());
            assertThat(back.error()).isEqualTo(s.error());
        }
    }
}
