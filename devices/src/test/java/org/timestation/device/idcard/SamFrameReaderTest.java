package org.timestation.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SamFrameReaderTest {
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void noiseBeforeAFrameIsSkippedAndABadFrameDoesNotStopTheNextOne() throws Exception {
        byte[] found = SamFrame.response(0x9F, new byte[0]);
        byte[] corrupt = found.clone();
        corrupt[corrupt.length - 1] ^= 1;
        byte[] noise = {0x00, (byte) 0xAA, (byte) 0xAA, 0x13, (byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0xAA, 0x55};
        SamFrameReader r = new SamFrameReader(new ByteArrayInputStream(concat(noise, corrupt, found, SamFrame.response(0x80, new byte[0]))));
        assertThatThrownBy(r::next).isInstanceOf(SamProtocolException.class).hasMessageContaining("checksum");
        assertThat(r.next().status()).isEqualTo(SamStatus.CARD_FOUND);
        assertThat(r.next().status()).isEqualTo(SamStatus.NO_CARD);
        assertThatThrownBy(r::next).isInstanceOf(EOFException.class);
    }

    @Test
    void aFrameCutOffMidwayEndsWithEofNotAHang() {
        byte[] frame = SamFrame.response(0x90, new byte[20]);
        SamFrameReader r = new SamFrameReader(new ByteArrayInputStream(java.util.Arrays.copyOf(frame, 15)));
        assertThatThrownBy(r::next).isInstanceOf(EOFException.class);
    }

    @Test
    void aPreambleOverlappingNoiseIsStillFound() throws Exception {
        byte[] frame = SamFrame.response(0x90, new byte[] {1, 2, 3});
        SamFrameReader r = new SamFrameReader(new ByteArrayInputStream(concat(new byte[] {(byte) 0xAA, (byte) 0xAA}, frame)));
        assertThat(r.next().data()).containsExactly(1, 2, 3);
    }

    /** Random bytes: only frames, typed protocol errors or the end of the stream; nothing else, and it always ends. */
    @Property(tries = 300)
    void randomBytesNeverBreakTheReader(@ForAll @Size(max = 3000) byte[] noise) throws IOException {
        SamFrameReader r = new SamFrameReader(new ByteArrayInputStream(concat(noise, SamFrame.response(0x9F, new byte[0]))));
        int frames = 0;
        for (int i = 0; i < 10_000; i++) {
            try {
                r.next();
                frames++;
            } catch (SamProtocolException typed) {
                // resynchronise and go on
            } catch (EOFException end) {
                break;
            }
        }
        assertThat(frames).isLessThanOrEqualTo(noise.length / 11 + 1);
    }
}
