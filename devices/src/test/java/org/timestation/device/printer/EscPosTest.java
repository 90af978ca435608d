package org.timestation.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Against byte sequences written by hand from the ESC/POS command reference. */
class EscPosTest {
    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void initChineseModeAlignmentBoldSizeAndCut() {
        assertThat(new EscPos().init().bytes()).isEqualTo(hex("1B 40 1C 26"));
        assertThat(new EscPos().align(EscPos.Align.CENTER).bold(true).size(2, 2).bytes()).isEqualTo(hex("1B 61 01 1B 45 01 1D 21 11"));
        assertThat(new EscPos().feed(3).cut(false).cut(true).bytes()).isEqualTo(hex("1B 64 03 1D 56 00 1D 56 01"));
        assertThat(EscPos.statusRequest(4)).isEqualTo(hex("10 04 04"));
    }

    @Test
    void chineseTextIsGb18030() {
        // 时 = CA B1, 间 = BC E4 in GB18030 (GB2312 range)
        assertThat(new EscPos().line("时间").bytes()).isEqualTo(hex("CA B1 BC E4 0A"));
    }

    @Test
    void aQrCodeStoresItsUtf8BytesWithTheirLength() {
        byte[] b = new EscPos().qr("TS1.AB", 6, EscPos.Correction.M).bytes();
        assertThat(b).isEqualTo(hex("1D 28 6B 04 00 31 41 32 00" + "1D 28 6B 03 00 31 43 06" + "1D 28 6B 03 00 31 45 31"
                + "1D 28 6B 09 00 31 50 30 54 53 31 2E 41 42" + "1D 28 6B 03 00 31 51 30"));
        byte[] zh = new EscPos().qr("王", 4, EscPos.Correction.L).bytes();
        // 王 in UTF-8 is E7 8E 8B: stored length 3 + 3 = 6
        assertThat(HexFormat.of().formatHex(zh)).contains("1d286b0600315030e78e8b");
    }

    @Test
    void chineseCharactersTakeTwoColumnsWhenWrapping() {
        assertThat(ReceiptText.width("时间驿站 Time")).isEqualTo(8 + 1 + 4);
        assertThat(ReceiptText.wrap("一二三四五六七八九十一二三四五六七", 32)).containsExactly("一二三四五六七八九十一二三四五六", "七");
        assertThat(ReceiptText.wrap("余额 Balance: 2 h 45 min, 二小时四十五分钟", 32))
                .allSatisfy(l -> assertThat(ReceiptText.width(l)).isLessThanOrEqualTo(32));
        assertThat(ReceiptText.wrap("Redeemed at 幸福超市 supermarket", 20)).containsExactly("Redeemed at 幸福超市", "supermarket");
    }

    @Property(tries = 200)
    void noWrappedLineIsWiderThanThePaper(@ForAll String text, @ForAll @IntRange(min = 2, max = 48) int columns) {
        for (String line : ReceiptText.wrap(text, columns)) {
            assertThat(ReceiptText.width(line)).isLessThanOrEqualTo(columns);
        }
    }
}
