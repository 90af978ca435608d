package org.timestation.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keyboard-wedge scanners type fast and end with Enter; people type slowly. */
class KeyWedgeDecoderTest {
    static final long MS = 1_000_000L;
    final KeyWedgeDecoder d = new KeyWedgeDecoder();

    /** Types {@code text} then Enter, one key every {@code gapMs}, from {@code startMs}; returns what was decoded. */
    List<String> type(String text, long startMs, long gapMs) {
        List<String> out = new ArrayList<>();
        long t = startMs * MS;
        for (char c : (text + "\r").toCharArray()) {
            Optional<String> code = d.typed(c, t);
            code.ifPresent(out::add);
            t += gapMs * MS;
        }
        return out;
    }

    @Test
    void aScannerBurstEndedByEnterIsAScan() {
        assertThat(type("TSM1.ABCDEF", 0, 5)).containsExactly("TSM1.ABCDEF");
        assertThat(type("TS1.时间驿站", 1000, 2)).containsExactly("TS1.时间驿站");
    }

    @Test
    void aPersonTypingIsNeverAScan() {
        assertThat(type("135790", 0, 150)).isEmpty();
        assertThat(type("12345678", 5000, 60)).isEmpty();
    }

    @Test
    void aBurstAfterAPersonsKeysStillReadsAndOnlyTheBurstIsTheCode() {
        long t = 0;
        for (char c : "ab".toCharArray()) {
            d.typed(c, t);
            t += 300 * MS;
        }
        assertThat(type("TS1.XYZW", t / MS + 500, 3)).containsExactly("TS1.XYZW");
    }

    @Test
    void tooShortOrEnterTooLateIsNotAScan() {
        assertThat(type("12", 0, 3)).isEmpty();
        d.typed('A', 10_000 * MS);
        d.typed('B', 10_003 * MS);
        d.typed('C', 10_006 * MS);
        d.typed('D', 10_009 * MS);
        assertThat(d.typed('\r', 10_500 * MS)).as("Enter a person pressed later").isEmpty();
    }

    @Test
    void aBurstIsSeenWhileItLasts() {
        d.typed('T', 0);
        d.typed('S', 3 * MS);
        assertThat(d.inBurst(5 * MS)).isTrue();
        assertThat(d.inBurst(500 * MS)).isFalse();
    }
}
