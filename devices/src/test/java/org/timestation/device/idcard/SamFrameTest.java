package org.timestation.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Frames against byte vectors written by hand from the protocol. */
class SamFrameTest {
    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void requestsAreFramedWithLengthAndXorChecksum() {
        // find card: length 00 03 (20 01 + checksum), checksum 00^03^20^01 = 22
        assertThat(SamFrame.request(SamFrame.FIND_CARD)).isEqualTo(hex("AA AA AA 96 69 00 03 20 01 22"));
        assertThat(SamFrame.request(SamFrame.SELECT_CARD)).isEqualTo(hex("AA AA AA 96 69 00 03 20 02 21"));
        assertThat(SamFrame.request(SamFrame.READ_BASE)).isEqualTo(hex("AA AA AA 96 69 00 03 30 01 32"));
        assertThat(SamFrame.request(SamFrame.SAM_STATUS)).isEqualTo(hex("AA AA AA 96 69 00 03 11 FF ED"));
    }

    @Test
    void responsesAreParsedWithTheirStatus() throws Exception {
        // card found: 00 00 9F, length 00 04, checksum 00^04^00^00^9F = 9B
        SamFrame.Response found = SamFrame.parseResponse(hex("AA AA AA 96 69 00 04 00 00 9F 9B"));
        assertThat(found.status()).isEqualTo(SamStatus.CARD_FOUND);
        assertThat(found.data()).isEmpty();
        // select: 00 00 90 and 8 bytes of data
        SamFrame.Response selected = SamFrame.parseResponse(hex("AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C"));
        assertThat(selected.status()).isEqualTo(SamStatus.SUCCESS);
        assertThat(selected.data()).hasSize(8);
        assertThat(SamFrame.parseResponse(hex("AA AA AA 96 69 00 04 00 00 80 84")).status()).isEqualTo(SamStatus.NO_CARD);
        assertThat(SamFrame.parseResponse(SamFrame.response(0x81, new byte[0])).status()).isEqualTo(SamStatus.SELECT_FAILED);
        assertThat(SamStatus.of(0x55)).isEqualTo(SamStatus.OTHER);
    }

    @Test
    void aWrongChecksumATruncatedFrameOrAWrongPreambleIsATypedError() {
        assertThatThrownBy(() -> SamFrame.parseResponse(hex("AA AA AA 96 69 00 04 00 00 9F 9C"))).isInstanceOf(SamProtocolException.class)
                .hasMessageContaining("checksum");
        assertThatThrownBy(() -> SamFrame.parseResponse(hex("AA AA AA 96 69 00 05 00 00 9F 9B"))).isInstanceOf(SamProtocolException.class)
                .hasMessageContaining("length");
        assertThatThrownBy(() -> SamFrame.parseResponse(hex("AA AA AB 96 69 00 04 00 00 9F 9B"))).isInstanceOf(SamProtocolException.class);
        assertThatThrownBy(() -> SamFrame.parseResponse(hex("AA AA"))).isInstanceOf(SamProtocolException.class);
    }

    @Test
    void theTextBlockIsUcs2LittleEndianInFixedFields() throws Exception {
        IdCardText card = new IdCardText("王秀英", "2", "01", LocalDate.of(1944, 3, 15), "北京市东城区幸福里1号楼", "110105194403159928",
                "北京市公安局东城分局", "20200101", "长期");
        byte[] block = card.encode();
        assertThat(block).hasSize(256);
        // name: 王 U+738B → 8B 73, 秀 U+79C0 → C0 79, 英 U+82F1 → F1 82, then spaces 20 00
        assertThat(java.util.Arrays.copyOf(block, 8)).isEqualTo(hex("8B 73 C0 79 F1 82 20 00"));
        IdCardText back = IdCardText.parse(block);
        assertThat(back).isEqualTo(card);
        assertThat(back.toString()).doesNotContain("194403159928");
        byte[] bad = block.clone();
        bad[36] = 'X';
        assertThatThrownBy(() -> IdCardText.parse(bad)).isInstanceOf(SamProtocolException.class);
        assertThatThrownBy(() -> IdCardText.parse(new byte[10])).isInstanceOf(SamProtocolException.class);
    }
}
