package org.timestation.admin.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Printed pages made of a title and lines (a member's statement, a merchant's daily settlement, the
 * funds' week): A4, PDF/A-2u, the bundled fonts; large print (title 30 pt, lines 18 pt) for an elder at
 * the desk, else 22 pt and 12 pt. Page numbers at the foot.
 */
public final class PdfDocs {
    private PdfDocs() {
    }

    /** A document of {@code title} then {@code lines}; {@code lang} is zh-CN or en. */
    public static byte[] lines(String title, List<String> lines, boolean large, String lang, String pageWord, Instant now) {
        try (PDDocument doc = new PDDocument()) {
            PdfPages p = new PdfPages(doc, PdfFonts.load(doc));
            p.centred(title, large ? 30 : 22, true);
            p.space(large ? 18 : 12);
            for (String line : lines) {
                p.paragraph(line, large ? 18 : 12);
            }
            p.finish((page, of) -> String.format(pageWord, page, of), large ? 16 : 12);
            PdfA.make(doc, title, PdfA.PRODUCER, lang, now);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
