package org.timestation.admin.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Lays printed matter out on A4 portrait pages, top to bottom: titles, paragraphs broken by the Chinese
 * line-breaking rules, tables whose cells wrap, bar charts drawn as vectors with their labels as text,
 * and QR codes drawn as squares. A block that does not fit on the page starts the next one. Black on
 * white only; weight is given by stroking the letters (the bundled font has no bold face).
 */
public final class PdfPages {
    public static final float MARGIN = 56; // 2 cm
    private static final PDRectangle A4 = PDRectangle.A4;
    private final PDDocument doc;
    private final PdfFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    public PdfPages(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    public PdfFonts fonts() {
        return fonts;
    }

    /** The width text may take. */
    public float width() {
        return A4.getWidth() - 2 * MARGIN;
    }

    public int pageCount() {
        return pages.size();
    }

    public void newPage() {
        closeStream();
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        pages.add(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    public void ensure(float height) {
        if (y - height < MARGIN + 28) { // room for the page number
            newPage();
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** A line of text centred on the page. */
    public void centred(String text, float size, boolean heavy) {
        ensure(size * 1.5f);
        y -= size * 1.25f;
        float w = fonts.width(text, size);
        draw(text, MARGIN + (width() - w) / 2, y, size, heavy);
        y -= size * 0.35f;
    }

    /** A section's title with a rule under it; kept with at least {@code keep} points of what follows. */
    public void heading(String text, float size, float keep) {
        ensure(size * 2f + keep);
        y -= size * 1.6f;
        draw(text, MARGIN, y, size, true);
        y -= size * 0.45f;
        line(MARGIN, y, MARGIN + width(), y, 0.8f);
        y -= size * 0.4f;
    }

    /** A paragraph, broken into lines that fit; a page break may fall between its lines. */
    public void paragraph(String text, float size) {
        paragraph(text, size, 0, width());
    }

    public void paragraph(String text, float size, float indent, float width) {
        for (String l : CjkLines.lines(text, width, s -> fonts.width(s, size))) {
            ensure(size * 1.5f);
            y -= size * 1.5f;
            draw(l, MARGIN + indent, y + size * 0.3f, size, false);
        }
    }

    /**
     * A table: a header row (stroked; null: none) and rows, columns sized by {@code fractions} of the width;
     * long cells wrap within their column; a row never splits across pages and the header repeats on a new page.
     */
    public void table(List<String> header, List<List<String>> rows, float[] fractions, float size) {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fractions[i] * width();
        }
        float pad = size * 0.35f;
        float first = rows.isEmpty() ? 0 : rowHeight(rows.get(0), widths, size, pad);
        ensure((header == null ? 0 : rowHeight(header, widths, size, pad)) + first);
        if (header != null) {
            row(header, widths, size, pad, true);
        } else {
            line(MARGIN, y, MARGIN + width(), y, 0.8f);
        }
        for (List<String> r : rows) {
            float h = rowHeight(r, widths, size, pad);
            if (y - h < MARGIN + 28) {
                newPage();
                if (header != null) {
                    row(header, widths, size, pad, true);
                }
            }
            row(r, widths, size, pad, false);
        }
        y -= size * 0.5f;
    }

    private float rowHeight(List<String> cells, float[] widths, float size, float pad) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, CjkLines.lines(cells.get(i), widths[i] - 2 * pad, s -> fonts.width(s, size)).size());
        }
        return lines * size * 1.35f + 2 * pad;
    }

    private void row(List<String> cells, float[] widths, float size, float pad, boolean header) {
        float h = rowHeight(cells, widths, size, pad);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = CjkLines.lines(cells.get(i), widths[i] - 2 * pad, s -> fonts.width(s, size));
            float ly = y - pad - size;
            for (String l : lines) {
                draw(l, x + pad, ly, size, header);
                ly -= size * 1.35f;
            }
            x += widths[i];
        }
        line(MARGIN, y - h, MARGIN + width(), y - h, header ? 0.8f : 0.3f);
        if (header) {
            line(MARGIN, y, MARGIN + width(), y, 0.8f);
        }
        y -= h;
    }

    /** One bar of a chart: its label, its value, and the text printed after the bar. */
    public record Bar(String label, double value, String shown) {
    }

    /** A horizontal bar chart: each bar's label at the left, the bar (a filled rectangle), its value as text after it. */
    public void bars(List<Bar> bars, float size) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        float labelWidth = 0;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, fonts.width(b.label(), size));
        }
        labelWidth += size;
        float room = width() - labelWidth - size * 6;
        for (Bar b : bars) {
            ensure(size * 1.8f);
            y -= size * 1.6f;
            draw(b.label(), MARGIN, y + size * 0.25f, size, false);
            float w = max <= 0 ? 0 : (float) (b.value() / max * room);
            try {
                out.setNonStrokingColor(0f);
                out.addRect(MARGIN + labelWidth, y + size * 0.1f, Math.max(w, 0.5f), size * 0.9f);
                out.fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            draw(b.shown(), MARGIN + labelWidth + w + size * 0.4f, y + size * 0.25f, size, false);
        }
        y -= size * 0.6f;
    }

    /**
     * A QR code (its modules drawn as filled squares, no picture) at the left, {@code side} points wide
     * with its quiet zone, and {@code beside} as paragraphs to its right.
     */
    public void qr(String content, float side, List<String> beside, float size) {
        com.google.zxing.common.BitMatrix m;
        try {
            java.util.Map<com.google.zxing.EncodeHintType, Object> hints = new java.util.EnumMap<>(com.google.zxing.EncodeHintType.class);
            hints.put(com.google.zxing.EncodeHintType.ERROR_CORRECTION, com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.L); // a longer text in bigger squares: a bulletin is read flat, not worn
            hints.put(com.google.zxing.EncodeHintType.MARGIN, 4);
            hints.put(com.google.zxing.EncodeHintType.CHARACTER_SET, "UTF-8");
            m = new com.google.zxing.qrcode.QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalArgumentException("too long for a QR code: " + content.length() + " characters", e);
        }
        float textWidth = width() - side - size;
        float textHeight = 0;
        for (String p : beside) {
            textHeight += CjkLines.lines(p, textWidth, s -> fonts.width(s, size)).size() * size * 1.5f + size * 0.4f;
        }
        ensure(Math.max(side, textHeight));
        float module = side / m.getWidth();
        float top = y;
        try {
            out.setNonStrokingColor(0f);
            for (int row = 0; row < m.getHeight(); row++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, row)) {
                        out.addRect(MARGIN + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String p : beside) {
            paragraph(p, size, side + size, textWidth);
            y -= size * 0.4f;
        }
        y = Math.min(y, top - side) - size * 0.5f;
    }

    /** Writes each page's footer (e.g. "第 1 页，共 3 页"), once every page is laid out, then ends the last page. */
    public void finish(BiFunction<Integer, Integer, String> footer, float size) {
        closeStream();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = s;
                String text = footer.apply(i + 1, pages.size());
                draw(text, MARGIN + (width() - fonts.width(text, size)) / 2, MARGIN - size, size, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out = null;
    }

    private void closeStream() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }

    private void line(float x1, float y1, float x2, float y2, float width) {
        try {
            out.setStrokingColor(0f);
            out.setLineWidth(width);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(String text, float x, float baseline, float size, boolean heavy) {
        try {
            out.beginText();
            out.setNonStrokingColor(0f);
            out.setStrokingColor(0f);
            if (heavy) {
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setLineWidth(size / 28f);
            } else {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.newLineAtOffset(x, baseline);
            for (PdfFonts.Run r : fonts.runs(text)) {
                out.setFont(r.font(), size);
                out.showText(r.text());
            }
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
