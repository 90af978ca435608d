package org.timestation.admin.pdf;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Sends a PDF to a printer through Java's print system (PDFBox's {@link PDFPageable}): the pages as laid out, at their size. */
public final class PdfPrinting {
    private PdfPrinting() {
    }

    /** Prints {@code pdf} on {@code service} (a printer, or a stream in tests) without asking. */
    public static void print(byte[] pdf, String title, PrintService service) throws IOException, PrinterException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(title);
            job.setPageable(new PDFPageable(doc));
            job.print();
        }
    }

    /** Asks which printer (the system's print dialog), then prints; false when the person cancelled. */
    public static boolean printAsking(byte[] pdf, String title) throws IOException, PrinterException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(title);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }

    /** Whether this computer has any printer. */
    public static boolean anyPrinter() {
        return javax.print.PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }
}
