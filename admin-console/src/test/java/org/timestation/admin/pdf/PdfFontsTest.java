package org.timestation.admin.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.timestation.admin.staff.Refused;

/** The fonts: a CFF-outline font is refused at once with why; a character no font has becomes 〓 and never throws. */
class PdfFontsTest {
    @Test
    void aFontWithCffOutlinesIsRefusedWithWhyAndWhatToUse() {
        byte[] otf = new byte[64];
        System.arraycopy("OTTO".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, otf, 0, 4);
        try (PDDocument doc = new PDDocument()) {
            assertThatThrownBy(() -> PdfFonts.load(doc, List.of(otf))).isInstanceOf(Refused.class)
                    .hasMessageContaining("CFF").hasMessageContaining("Use a TrueType (.ttf) font")
                    .satisfies(e -> assertThat(((Refused) e).text().zh()).contains("CFF").contains("请用 TrueType（.ttf）字体"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void chineseLatinAndWhatNoFontHasAllPrint() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            List<PdfFonts.Run> runs = fonts.runs("互助 time ½ 😀");
            String shown = runs.stream().map(PdfFonts.Run::text).reduce("", String::concat);
            assertThat(shown).startsWith("互助 time").doesNotContain("😀").contains("〓");
            assertThat(fonts.width("互助", 12)).isGreaterThan(fonts.width("ab", 12));
            PdfPages pages = new PdfPages(doc, fonts);
            pages.paragraph("没有的字 😀 也能印出来，不会出错。", 12);
            pages.finish((p, of) -> p + "/" + of, 12);
            doc.save(new java.io.ByteArrayOutputStream());
        }
    }
}
