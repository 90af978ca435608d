package org.timestation.admin.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.device.CardData;
import org.timestation.device.idcard.IdCardSimulator;
import org.timestation.device.idcard.TestCards;
import org.timestation.device.serial.PtyPair;
import org.timestation.device.serial.SerialLink;

/**
 * The desk reader on a real serial port (a socat pseudo-terminal, set in devices.properties as a
 * technician would): the reader simulator on the other end, a card laid on it reaches the listener once,
 * and a listener removed hears nothing more.
 */
class DeskReaderPtyTest {
    @TempDir
    Path dir;

    @Test
    void aCardOnTheDeskReaderReachesTheConsole() throws Exception {
        try (PtyPair pair = new PtyPair(dir.resolve("pty"));
             SerialLink readerEnd = SerialLink.open(pair.b.toString(), SerialLink.DEFAULT_BAUD, 60_000)) {
            IdCardSimulator sim = new IdCardSimulator(readerEnd.in(), readerEnd.out());
            Thread t = new Thread(sim, "reader-sim");
            t.setDaemon(true);
            t.start();
            Files.writeString(dir.resolve("devices.properties"), "reader.port=" + pair.a + "\nreader.baud=115200\n");
            List<CardData> read = new CopyOnWriteArrayList<>();
            try (DeskReader r = DeskReader.open(dir, false)) {
                java.util.function.Consumer<CardData> listener = read::add;
                r.onCard(listener);
                await(() -> r.state().status() == DeskReader.Status.READY);
                assertThat(r.state().where()).isEqualTo(pair.a + " @ 115200");
                org.timestation.device.idcard.IdCardText card = TestCards.elder("11010519440315992");
                sim.place(card);
                await(() -> !read.isEmpty());
                assertThat(read.get(0).name()).isEqualTo(card.name());
                assertThat(read.get(0).idNumber()).startsWith("11010519440315992");
                Thread.sleep(500); // still lying there: not read again
                assertThat(read).hasSize(1);

                r.removeOnCard(listener);
                sim.takeAway();
                Thread.sleep(400);
                sim.place(card);
                Thread.sleep(800);
                assertThat(read).as("a listener removed hears nothing").hasSize(1);
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier c) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
