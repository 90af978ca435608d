package org.timestation.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.device.serial.PtyPair;
import org.timestation.device.serial.SerialLink;

/**
 * The driver and the simulator on the two ends of a socat pseudo-terminal pair, through jSerialComm:
 * the same bytes a USB reader sends. Runs where socat is installed (`.ci/run` installs it).
 */
class IdCardReaderPtyTest {
    @TempDir
    Path dir;

    @Test
    void aCardIsReadThroughASerialPortAndUnpluggingFailsWithoutHanging() throws Exception {
        PtyPair pair = new PtyPair(dir);
        try (SerialLink kiosk = SerialLink.open(pair.a.toString(), SerialLink.DEFAULT_BAUD, 500);
             SerialLink reader = SerialLink.open(pair.b.toString(), SerialLink.DEFAULT_BAUD, 60_000)) {
            IdCardSimulator sim = new IdCardSimulator(reader.in(), reader.out());
            Thread t = new Thread(sim, "pty-reader");
            t.setDaemon(true);
            t.start();
            IdCardReaderDriver driver = new IdCardReaderDriver(kiosk.in(), kiosk.out());
            assertThat(driver.poll()).isInstanceOf(IdCardReaderDriver.NoCard.class);
            sim.place(TestCards.elder("11010519440315992"));
            assertThat(driver.poll()).isInstanceOfSatisfying(IdCardReaderDriver.NewCard.class,
                    n -> assertThat(n.card().name()).isEqualTo("王秀英"));
            pair.close(); // the cable is pulled
            assertThatThrownBy(() -> {
                for (int i = 0; i < 5; i++) {
                    driver.poll();
                }
            }).isInstanceOf(IOException.class);
        } finally {
            pair.close();
        }
    }
}
