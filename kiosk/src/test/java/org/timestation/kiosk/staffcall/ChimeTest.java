package org.timestation.kiosk.staffcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The staff chime is a real ding-dong: 660 Hz then 520 Hz, loud at each strike, fading, never clipped. */
class ChimeTest {
    private static final int RATE = 22050;

    private static short sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }

    /** Frequency from the zero crossings in samples [from, to). */
    private static double frequency(byte[] pcm, int from, int to) {
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((sample(pcm, i - 1) < 0) != (sample(pcm, i) < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / ((to - from) / (double) RATE);
    }

    @Test
    void twoNotesDingThenDongFadingOut() {
        byte[] pcm = Chime.samples();
        int ding = (int) (0.45 * RATE);
        int total = pcm.length / 2;
        assertThat(total).isEqualTo(ding + (int) (0.7 * RATE));
        assertThat(frequency(pcm, 0, ding / 2)).isCloseTo(660, within(10.0));
        assertThat(frequency(pcm, ding, ding + ding / 2)).isCloseTo(520, within(10.0));
        int peakStart = 0;
        int peakEnd = 0;
        for (int i = 0; i < 200; i++) {
            peakStart = Math.max(peakStart, Math.abs(sample(pcm, i)));
            peakEnd = Math.max(peakEnd, Math.abs(sample(pcm, total - 200 + i)));
        }
        assertThat(peakStart).as("heard: over a third of full scale").isGreaterThan(Short.MAX_VALUE / 3);
        assertThat(peakEnd).as("it fades").isLessThan(peakStart / 10);
        int strike = 0;
        for (int i = ding; i < ding + 200; i++) {
            strike = Math.max(strike, Math.abs(sample(pcm, i)));
        }
        assertThat(strike).as("the second note is struck again").isGreaterThan(Short.MAX_VALUE / 3);
    }
}
