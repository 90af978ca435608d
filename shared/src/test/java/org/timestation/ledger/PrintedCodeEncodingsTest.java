package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The encodings of printed codes (vouchers, member codes): Base45 against RFC 9285's examples, and LEB128 at its edges. */
class PrintedCodeEncodingsTest {
    static final HexFormat HEX = HexFormat.of();

    @Test
    void base45MatchesTheRfcExamples() {
        assertThat(Base45.encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
        assertThat(Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
        assertThat(Base45.encode("ietf!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("QED8WEX0");
        assertThat(new String(Base45.decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
        assertThat(new String(Base45.decode("%69 VD92EX0"), StandardCharsets.US_ASCII)).isEqualTo("Hello!!");
        assertThat(Base45.encode(new byte[0])).isEmpty();
        assertThat(Base45.decode("")).isEmpty();
    }

    @Test
    void base45RoundTripsEveryPairAtItsEdges() {
        byte[][] samples = {{0}, {(byte) 0xFF}, {0, 0}, {(byte) 0xFF, (byte) 0xFF}, {0, (byte) 0xFF}, {(byte) 0xFF, 0}, {1, 2, 3},
            {(byte) 0x80, 0x7F, (byte) 0xFE}};
        for (byte[] b : samples) {
            assertThat(Base45.decode(Base45.encode(b))).as(HEX.formatHex(b)).isEqualTo(b);
        }
        assertThat(Base45.encode(new byte[] {(byte) 0xFF, (byte) 0xFF})).isEqualTo("FGW"); // 65535 = 15 + 16·45 + 32·2025
        assertThat(Base45.encode(new byte[] {(byte) 0xFF})).isEqualTo("U5");         // 255 = 30 + 5·45
    }

    @Test
    void base45RefusesWhatNoEncoderWrites() {
        assertThatThrownBy(() -> Base45.decode("A")).hasMessageContaining("length");
        assertThatThrownBy(() -> Base45.decode("GGW")).as("65536 does not fit two bytes").hasMessageContaining("value");
        assertThat(Base45.decode("FGW")).isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xFF});
        assertThatThrownBy(() -> Base45.decode("V5")).as("256 does not fit one byte").hasMessageContaining("value");
        assertThat(Base45.decode("U5")).isEqualTo(new byte[] {(byte) 0xFF});
        assertThatThrownBy(() -> Base45.decode("ab8")).as("lower case is not in the alphabet").hasMessageContaining("character");
    }

    private static byte[] leb(long v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.write(out, v);
        return out.toByteArray();
    }

    private static long readLeb(byte[] b) {
        int[] pos = {0};
        long v = Leb128.read(b, pos, b.length, () -> new IllegalArgumentException("malformed"));
        assertThat(pos[0]).as("the whole number was read").isEqualTo(b.length);
        return v;
    }

    @Test
    void leb128WritesSevenBitGroupsLowFirst() {
        assertThat(HEX.formatHex(leb(0))).isEqualTo("00");
        assertThat(HEX.formatHex(leb(127))).isEqualTo("7f");
        assertThat(HEX.formatHex(leb(128))).isEqualTo("8001");
        assertThat(HEX.formatHex(leb(300))).isEqualTo("ac02");
        assertThat(HEX.formatHex(leb(16_383))).isEqualTo("ff7f");
        assertThat(HEX.formatHex(leb(16_384))).isEqualTo("808001");
        for (long v : new long[] {0, 1, 127, 128, 255, 16_383, 16_384, 1L << 35, Long.MAX_VALUE >>> 1}) {
            assertThat(readLeb(leb(v))).isEqualTo(v);
        }
        assertThatThrownBy(() -> leb(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leb128RefusesANumberThatRunsPastTheEndOrBeyond63Bits() {
        assertThatThrownBy(() -> readLeb(HEX.parseHex("80"))).hasMessage("malformed");
        assertThatThrownBy(() -> readLeb(new byte[0])).hasMessage("malformed");
        byte[] nineGroups = HEX.parseHex("ffffffffffffffff7f"); // 63 bits: the most a code may carry
        assertThat(readLeb(nineGroups)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> readLeb(HEX.parseHex("ffffffffffffffffff01"))).hasMessage("malformed");
        int[] pos = {1};
        assertThat(Leb128.read(HEX.parseHex("ff2aff"), pos, 2, () -> new IllegalArgumentException("malformed"))).isEqualTo(42);
        assertThat(pos[0]).isEqualTo(2);
    }

    @Test
    void textsAreALengthByteAndPrintableAscii() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeText(out, "M123");
        Leb128.writeText(out, "");
        byte[] b = out.toByteArray();
        assertThat(HEX.formatHex(b)).isEqualTo("044d31323300");
        int[] pos = {0};
        assertThat(Leb128.readText(b, pos, b.length, IllegalStateException::new)).isEqualTo("M123");
        assertThat(pos[0]).isEqualTo(5);
        assertThat(Leb128.readText(b, pos, b.length, IllegalStateException::new)).isEmpty();
        assertThat(pos[0]).isEqualTo(6);

        String max = "x".repeat(255);
        ByteArrayOutputStream longest = new ByteArrayOutputStream();
        Leb128.writeText(longest, max);
        assertThat(Leb128.readText(longest.toByteArray(), new int[] {0}, 256, IllegalStateException::new)).isEqualTo(max);
        assertThatThrownBy(() -> Leb128.writeText(new ByteArrayOutputStream(), "x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextThatRunsPastTheEndOrIsNotPrintableIsRefused() {
        assertThatThrownBy(() -> Leb128.readText(HEX.parseHex("034142"), new int[] {0}, 3, IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Leb128.readText(HEX.parseHex("03414243"), new int[] {0}, 4, IllegalStateException::new)).isEqualTo("ABC");
        assertThatThrownBy(() -> Leb128.readText(new byte[0], new int[] {0}, 0, IllegalStateException::new)).isInstanceOf(IllegalStateException.class);
        assertThat(Leb128.readText(HEX.parseHex("01217e"), new int[] {0}, 2, IllegalStateException::new)).isEqualTo("!");
        assertThat(Leb128.readText(HEX.parseHex("017e"), new int[] {0}, 2, IllegalStateException::new)).isEqualTo("~");
        assertThatThrownBy(() -> Leb128.readText(HEX.parseHex("0120"), new int[] {0}, 2, IllegalStateException::new))
                .as("a space").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Leb128.readText(HEX.parseHex("017f"), new int[] {0}, 2, IllegalStateException::new))
                .as("DEL").isInstanceOf(IllegalStateException.class);
    }
}
