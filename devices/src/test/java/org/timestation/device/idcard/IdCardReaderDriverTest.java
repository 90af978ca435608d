package org.timestation.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real driver against the simulator, both speaking bytes over pipes (the socat pty tests come with the serial transport). */
class IdCardReaderDriverTest {
    final PipedOutputStream toReader = new PipedOutputStream();
    final PipedOutputStream toKiosk = new PipedOutputStream();
    IdCardSimulator simulator;
    IdCardReaderDriver driver;
    Thread thread;

    IdCardReaderDriverTest() throws IOException {
        PipedInputStream readerIn = new PipedInputStream(toReader, 8192);
        PipedInputStream kioskIn = new PipedInputStream(toKiosk, 8192);
        simulator = new IdCardSimulator(readerIn, toKiosk);
        driver = new IdCardReaderDriver(kioskIn, toReader);
        thread = new Thread(simulator, "simulated-reader");
        thread.setDaemon(true);
        thread.start();
    }

    @AfterEach
    void unplug() throws IOException {
        toReader.close();
        toKiosk.close();
    }

    @Test
    void aCardIsReportedOncePerTapAndAgainAfterItWasTakenAway() throws Exception {
        assertThat(driver.poll()).isInstanceOf(IdCardReaderDriver.NoCard.class);
        simulator.place(TestCards.elder("11010519440315992"));
        IdCardReaderDriver.Result r = driver.poll();
        assertThat(r).isInstanceOfSatisfying(IdCardReaderDriver.NewCard.class, n -> {
            assertThat(n.card().name()).isEqualTo("王秀英");
            assertThat(n.card().birth()).isEqualTo(LocalDate.of(1944, 3, 15));
            assertThat(n.card().idNumber()).startsWith("11010519440315992");
        });
        assertThat(driver.poll()).isInstanceOf(IdCardReaderDriver.SameCard.class);
        simulator.place(null);
        assertThat(driver.poll()).isInstanceOf(IdCardReaderDriver.NoCard.class);
        simulator.place(TestCards.elder("11010519440315992"));
        assertThat(driver.poll()).isInstanceOf(IdCardReaderDriver.NewCard.class);
    }

    @Test
    void aNumberWithAWrongCheckDigitIsNotTrusted() throws Exception {
        IdCardText good = TestCards.elder("11010519440315992");
        char last = good.idNumber().charAt(17);
        String wrong = good.idNumber().substring(0, 17) + (last == '0' ? '1' : '0');
        simulator.place(new IdCardText(good.name(), good.genderCode(), good.nationCode(), good.birth(), good.address(), wrong, good.authority(),
                good.validFrom(), good.validTo()));
        assertThat(driver.poll()).isInstanceOfSatisfying(IdCardReaderDriver.Failed.class,
                f -> assertThat(f.detail()).contains("check digit"));
    }

    @Test
    void anUnpluggedReaderIsAnIoErrorNotAHang() throws Exception {
        toKiosk.close();
        assertThatThrownBy(driver::poll).isInstanceOf(IOException.class);
    }
}
