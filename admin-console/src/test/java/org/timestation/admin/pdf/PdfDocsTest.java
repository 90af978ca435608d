package org.timestation.admin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A printed page of lines (a member's statement for an elder at the desk): large print at 18 pt, every line there, PDF/A-2u. */
class PdfDocsTest {
    @Test
    void aLargePrintStatementHoldsEveryLineInLargeTypeAndIsPdfA() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("王*英（M324S88WDJB） 余额 4.0 小时 · 打印于 2026-11-30 09:00");
        for (int i = 0; i < 30; i++) {
            lines.add("2026-11-" + (10 + i % 20) + " 09:00  互助服务  +1小时" + (i % 2 == 0 ? "（楼长代办）" : ""));
        }
        byte[] pdf = PdfDocs.lines("会员流水", lines, true, "zh-CN", "第 %d 页，共 %d 页", Instant.now());
        List<Float> sizes = new ArrayList<>();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String t, List<TextPosition> positions) {
                    positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                }
            };
            s.getText(doc);
            text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text).contains("会员流水").contains("王*英（M324S88WDJB）").contains("第 1 页，共");
        assertThat(sizes.stream().min(Float::compare).orElseThrow()).as("large print: nothing under 16 pt").isGreaterThanOrEqualTo(16f);
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }
}
