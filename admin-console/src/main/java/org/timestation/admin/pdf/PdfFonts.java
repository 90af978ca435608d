package org.timestation.admin.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a printed page: the bundled TrueType CJK font, and a second TrueType font (PDFBox's
 * Liberation Sans) for what the first lacks. Both are embedded as subsets (CID TrueType, with a
 * ToUnicode map, so the text can be copied and searched). A character neither font has is printed as
 * 〓 and never stops the page. A font with CFF outlines (an OpenType .otf, e.g. Noto Sans CJK) is
 * refused when loaded: PDFBox cannot embed it.
 */
public final class PdfFonts {
    /** The bundled CJK font (TrueType outlines). */
    public static final String CJK = "/org/timestation/fonts/DroidSansFallbackFull.ttf";
    /** PDFBox's own Latin font, for what the CJK font lacks. */
    public static final String LATIN = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Printed for a character no font has (the geta mark, as Chinese typesetting does). */
    static final int MISSING = 0x3013;

    /** A stretch of text in one font. */
    public record Run(PDType0Font font, String text) {
    }

    private final TrueTypeFont[] faces;
    private final PDType0Font[] fonts;

    private PdfFonts(TrueTypeFont[] faces, PDType0Font[] fonts) {
        this.faces = faces;
        this.fonts = fonts;
    }

    /** The bundled fonts, loaded into {@code doc}. */
    public static PdfFonts load(PDDocument doc) throws IOException {
        return load(doc, List.of(resource(CJK), resource(LATIN)));
    }

    /** Fonts from these files' bytes, the first preferred; refused (with why) when one is not a TrueType font. */
    public static PdfFonts load(PDDocument doc, List<byte[]> files) throws IOException {
        TrueTypeFont[] faces = new TrueTypeFont[files.size()];
        PDType0Font[] fonts = new PDType0Font[files.size()];
        for (int i = 0; i < files.size(); i++) {
            byte[] b = files.get(i);
            requireTrueType(b);
            faces[i] = new TTFParser().parse(new RandomAccessReadBuffer(b));
            fonts[i] = PDType0Font.load(doc, faces[i], true);
        }
        return new PdfFonts(faces, fonts);
    }

    /** Refuses CFF-outline fonts (OpenType "OTTO") and collections, which PDFBox cannot embed as CID TrueType. */
    static void requireTrueType(byte[] b) {
        String tag = b.length < 4 ? "" : new String(b, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean trueType = b.length >= 4 && ((b[0] == 0 && b[1] == 1 && b[2] == 0 && b[3] == 0) || tag.equals("true"));
        if (!trueType) {
            throw new org.timestation.admin.staff.Refused(
                    "这个字体不是 TrueType 字体" + (tag.equals("OTTO") ? "（它是 CFF 轮廓的 OpenType 字体，例如 Noto Sans CJK 的 .otf）" : "")
                            + "，无法嵌入 PDF。请用 TrueType（.ttf）字体。",
                    "This font is not a TrueType font" + (tag.equals("OTTO") ? " (it is an OpenType font with CFF outlines, like Noto Sans CJK's .otf)" : "")
                            + ", so it cannot be embedded in the PDF. Use a TrueType (.ttf) font.");
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("the font " + path + " is not bundled");
            }
            return in.readAllBytes();
        }
    }

    /** {@code text} cut into runs by the font that has each character; a character none has becomes 〓. */
    public List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int[] current = {-1};
        text.codePoints().forEach(cp -> {
            int f = fontFor(cp);
            int shown = cp;
            if (f < 0) {
                shown = MISSING;
                f = Math.max(0, fontFor(MISSING));
            }
            if (f != current[0] && run.length() > 0) {
                out.add(new Run(fonts[current[0]], run.toString()));
                run.setLength(0);
            }
            current[0] = f;
            run.appendCodePoint(shown);
        });
        if (run.length() > 0) {
            out.add(new Run(fonts[current[0]], run.toString()));
        }
        return out;
    }

    private int fontFor(int cp) {
        if (Character.isWhitespace(cp) && cp != ' ') {
            return -1;
        }
        for (int i = 0; i < faces.length; i++) {
            try {
                if (faces[i].getUnicodeCmapLookup().getGlyphId(cp) > 0) {
                    return i;
                }
            } catch (IOException e) {
                return -1;
            }
        }
        return -1;
    }

    /** How wide {@code text} is at {@code size} points. */
    public float width(String text, float size) {
        float w = 0;
        for (Run r : runs(text)) {
            try {
                w += r.font().getStringWidth(r.text()) / 1000f * size;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return w;
    }
}
