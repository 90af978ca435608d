package org.timestation.admin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.print.DocFlavor;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A PDF sent through Java's print system as the console prints it, to a PostScript stream instead of a printer: every page arrives. */
class PdfPrintingTest {
    @Test
    void everyPageReachesThePrintStreamWithNoPrinter() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PdfPages pages = new PdfPages(doc, PdfFonts.load(doc));
            pages.centred("社区信任报", 24, true);
            pages.newPage();
            pages.paragraph("第二页：互助时长 127.8 小时。", 12);
            pages.newPage();
            pages.paragraph("第三页。", 12);
            pages.finish((p, of) -> "第 " + p + " 页，共 " + of + " 页", 12);
            doc.save(pdf);
        }
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream printer").isNotEmpty();
        ByteArrayOutputStream ps = new ByteArrayOutputStream();
        PdfPrinting.print(pdf.toByteArray(), "信任报", factories[0].getPrintService(ps));
        String out = ps.toString(StandardCharsets.ISO_8859_1);
        assertThat(out).startsWith("%!PS");
        assertThat(out.split("%%Page:", -1)).as("three pages printed").hasSize(4);
    }
}
