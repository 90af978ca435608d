package org.timestation.device.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.device.CardData;
import org.timestation.device.Devices;
import org.timestation.device.idcard.IdCardSimulator;
import org.timestation.device.idcard.TestCards;
import org.timestation.device.printer.ReceiptKeeper;
import org.timestation.device.serial.PtyPair;
import org.timestation.device.serial.SerialLink;

/**
 * The kiosk's reader loop on a real serial port (a socat pseudo-terminal) with a cable that
 * misbehaves: noise before frames and bytes trickling one at a time, a frame with a wrong checksum,
 * a frame cut off by pulling the cable; then the reader is plugged back in at the same path and the
 * loop reconnects by itself.
 */
class StationDevicesPtyTest {
    @TempDir
    Path dir;

    enum Fault { NONE, NOISE_AND_TRICKLE, WRONG_CHECKSUM, CUT_AND_PULL }

    /** The reader's side of the cable: what it sends passes through the current fault. */
    static final class FaultyCable extends OutputStream {
        final OutputStream out;
        final PtyPair pair;
        volatile Fault fault = Fault.NONE;

        FaultyCable(OutputStream out, PtyPair pair) {
            this.out = out;
            this.pair = pair;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] frame, int off, int len) throws IOException {
            byte[] f = java.util.Arrays.copyOfRange(frame, off, off + len);
            switch (fault) {
                case NOISE_AND_TRICKLE -> {
                    out.write(new byte[] {0x00, (byte) 0xAA, 0x13, (byte) 0xAA, (byte) 0xAA, 0x55});
                    for (byte b : f) {
                        out.write(b);
                        out.flush();
                        sleep(2);
                    }
                }
                case WRONG_CHECKSUM -> {
                    f[f.length - 1] ^= 0x5A;
                    out.write(f);
                    fault = Fault.NONE;
                }
                case CUT_AND_PULL -> {
                    out.write(f, 0, f.length / 2);
                    out.flush();
                    pair.close();
                    throw new IOException("cable pulled");
                }
                default -> out.write(f);
            }
            out.flush();
        }

        static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    record Reader(PtyPair pair, SerialLink device, IdCardSimulator sim, FaultyCable cable) {
        static Reader plugIn(Path dir) throws Exception {
            PtyPair pair = new PtyPair(dir);
            SerialLink device = SerialLink.open(pair.b.toString(), 115_200, 60_000);
            FaultyCable cable = new FaultyCable(device.out(), pair);
            IdCardSimulator sim = new IdCardSimulator(device.in(), cable);
            Thread t = new Thread(sim, "pty-reader");
            t.setDaemon(true);
            t.start();
            return new Reader(pair, device, sim, cable);
        }
    }

    static void await(java.util.concurrent.Callable<Boolean> c) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!c.call()) {
            if (System.nanoTime() > until) {
                throw new java.util.concurrent.TimeoutException("the condition did not hold within 20 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theReaderLoopSurvivesNoiseABadChecksumAndAPulledCableAndReconnects() throws Exception {
        Reader r = Reader.plugIn(dir);
        List<CardData> taps = new CopyOnWriteArrayList<>();
        Devices devices = new Devices(receipt -> true, ReceiptKeeper.inMemory(), Clock.systemUTC());
        devices.onCard(taps::add);
        Path port = r.pair().a;
        try (StationDevices station = new StationDevices(devices, () -> SerialLink.open(port.toString(), 115_200, 500), null, null,
                Map.of(StationDevices.READER, port.toString()), 50, 200)) {
            await(() -> station.state(StationDevices.READER).key().equals("device.ok"));

            r.cable().fault = Fault.NOISE_AND_TRICKLE;
            r.sim().place(TestCards.elder("11010519440315992"));
            await(() -> taps.size() == 1);
            assertThat(taps.get(0).name()).isEqualTo("王秀英");

            r.cable().fault = Fault.WRONG_CHECKSUM;
            await(() -> r.cable().fault == Fault.NONE); // the bad frame went out; the loop goes on
            r.sim().place(null);
            Thread.sleep(300);
            assertThat(taps).as("one tap, one report").hasSize(1);

            r.cable().fault = Fault.CUT_AND_PULL; // pulled in the middle of a frame
            await(() -> station.state(StationDevices.READER).key().equals("device.not-connected"));
            r.device().close();

            Reader again = Reader.plugIn(dir); // plugged back in, same port name
            again.sim().place(TestCards.elder("11010519440315992"));
            await(() -> taps.size() == 2);
            assertThat(station.state(StationDevices.READER).key()).isEqualTo("device.ok");
            again.pair().close();
            again.device().close();
        } finally {
            r.pair().close();
        }
    }
}
