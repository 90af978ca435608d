package org.timestation.kiosk.staffcall;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * A two-note door chime (ding-dong, 660 Hz then 520 Hz), made here so no sound file is needed. It
 * plays on its own thread; a station without a sound card logs that and stays silent.
 */
public final class Chime {
    private static final System.Logger LOG = System.getLogger(Chime.class.getName());
    private static final float RATE = 22050f;

    private Chime() {
    }

    /** The chime's samples: 16-bit signed mono little-endian at 22.05 kHz. */
    public static byte[] samples() {
        double[][] notes = {{660, 0.45}, {520, 0.7}};
        int total = 0;
        for (double[] n : notes) {
            total += (int) (n[1] * RATE);
        }
        byte[] out = new byte[total * 2];
        int i = 0;
        for (double[] n : notes) {
            int len = (int) (n[1] * RATE);
            for (int k = 0; k < len; k++, i++) {
                double decay = Math.exp(-3.0 * k / len);
                short v = (short) (Math.sin(2 * Math.PI * n[0] * k / RATE) * decay * 0.6 * Short.MAX_VALUE);
                out[2 * i] = (byte) v;
                out[2 * i + 1] = (byte) (v >> 8);
            }
        }
        return out;
    }

    /** Plays the chime in the background; returns at once. */
    public static void play() {
        Thread t = new Thread(() -> {
            AudioFormat f = new AudioFormat(RATE, 16, 1, true, false);
            try (SourceDataLine line = AudioSystem.getSourceDataLine(f)) {
                line.open(f);
                line.start();
                byte[] s = samples();
                line.write(s, 0, s.length);
                line.drain();
            } catch (Exception | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "no sound for the staff chime: " + e.getMessage());
            }
        }, "staff-chime");
        t.setDaemon(true);
        t.start();
    }
}
