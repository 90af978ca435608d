package org.timestation.device.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Wrapping receipt text at a paper's width in columns (58 mm: 32, 80 mm: 48), where a Chinese
 * character (East Asian wide) takes two columns and Latin letters one; Latin words are kept whole
 * when they fit on a line.
 */
public final class ReceiptText {
    public static final int COLUMNS_58MM = 32;
    public static final int COLUMNS_80MM = 48;

    private ReceiptText() {
    }

    /** Columns a code point takes on a receipt. */
    public static int width(int cp) {
        if (cp < 0x1100) {
            return 1;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        boolean wide = b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.HANGUL_SYLLABLES || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA;
        return wide ? 2 : 1;
    }

    public static int width(String s) {
        return s.codePoints().map(ReceiptText::width).sum();
    }

    /** Lines of at most {@code columns} columns. */
    public static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            int[] cps = paragraph.codePoints().toArray();
            int i = 0;
            while (i < cps.length) {
                int end = i;
                if (width(cps[i]) == 1 && !Character.isWhitespace(cps[i])) {
                    while (end + 1 < cps.length && width(cps[end + 1]) == 1 && !Character.isWhitespace(cps[end + 1])) {
                        end++; // a Latin word or a number: keep it together
                    }
                }
                int w = 0;
                for (int k = i; k <= end; k++) {
                    w += width(cps[k]);
                }
                if (used + w > columns && used > 0 && w <= columns) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                    if (Character.isWhitespace(cps[i])) {
                        i = end + 1;
                        continue;
                    }
                }
                for (int k = i; k <= end; k++) {
                    if (used + width(cps[k]) > columns) {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                        used = 0;
                    }
                    line.appendCodePoint(cps[k]);
                    used += width(cps[k]);
                }
                i = end + 1;
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
