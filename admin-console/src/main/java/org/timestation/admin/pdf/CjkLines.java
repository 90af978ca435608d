package org.timestation.admin.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines by the Chinese line-breaking rules (行首行尾禁则): a line never starts with
 * closing punctuation (，。、；：？！）》」…) and never ends with opening punctuation (（《「…). A break may
 * fall between any two Chinese characters; Latin words and numbers stay whole unless one alone is wider
 * than the line. When a closing mark would start a line, the character before it comes down with it; after a
 * word that fills the line alone, the mark hangs at the line's end (标点悬挂).
 */
public final class CjkLines {
    /** Marks that never start a line. */
    public static final String NO_START = "，。、；：？！）》」』】〉〕”’,.;:?!)]}%…—·～";
    /** Marks that never end a line. */
    public static final String NO_END = "（《「『【〈〔“‘([{";

    private CjkLines() {
    }

    /** The lines of {@code text} (paragraphs split at newlines), none wider than {@code width} as measured by {@code widthOf}. */
    public static List<String> lines(String text, double width, ToDoubleFunction<String> widthOf) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            out.addAll(paragraph(paragraph, width, widthOf));
        }
        return out;
    }

    private static List<String> paragraph(String text, double width, ToDoubleFunction<String> widthOf) {
        List<String> tokens = tokens(text);
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (String token : tokens) {
            if (!line.isEmpty() && widthOf.applyAsDouble(join(line) + token) > width && !token.isBlank() && !hangs(line, token)) {
                List<String> carried = new ArrayList<>();
                while (line.size() > 1 && line.get(line.size() - 1).isBlank()) { // the space it breaks at goes
                    line.remove(line.size() - 1);
                }
                String first = token;
                while (starts(first, NO_START) && line.size() > 1) { // a closing mark takes the character before it down
                    first = line.remove(line.size() - 1);
                    carried.add(0, first);
                }
                while (true) { // an opening mark goes down with what follows (and the spaces after it)
                    int j = line.size() - 1;
                    while (j > 0 && line.get(j).isBlank()) {
                        j--;
                    }
                    if (j == 0 || !ends(line.get(j), NO_END)) {
                        break;
                    }
                    List<String> down = line.subList(j, line.size());
                    carried.addAll(0, down);
                    down.clear();
                }
                lines.add(join(line).stripTrailing());
                line = carried;
            }
            if (line.isEmpty() && token.isBlank()) {
                continue; // a line never starts with the space it broke at
            }
            if (line.isEmpty() && widthOf.applyAsDouble(token) > width && token.length() > 1) {
                List<String> pieces = split(token, width, widthOf); // a word wider than the line: broken where it must be
                for (int i = 0; i < pieces.size() - 1; i++) {
                    lines.add(pieces.get(i));
                }
                line.add(pieces.get(pieces.size() - 1));
                continue;
            }
            line.add(token);
        }
        lines.add(join(line).stripTrailing());
        return lines;
    }

    /**
     * Whether a closing mark stays at the end of a full line: when no character before it on the line could
     * go down with it (the line is one word, or marks after one word), it hangs there (标点悬挂).
     */
    private static boolean hangs(List<String> line, String token) {
        if (!starts(token, NO_START)) {
            return false;
        }
        int i = line.size() - 1;
        while (i > 0 && (starts(line.get(i), NO_START) || line.get(i).isBlank())) {
            i--;
        }
        return i == 0;
    }

    /** Chinese characters and marks one by one; Latin letters and digits as words; spaces on their own. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && cp < 0x2E80) { // Latin, Greek, Cyrillic, digits: one word
                word.appendCodePoint(cp);
                return;
            }
            if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            out.add(new String(Character.toChars(cp)));
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private static List<String> split(String word, double width, ToDoubleFunction<String> widthOf) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(cp -> {
            String next = piece + new String(Character.toChars(cp));
            if (piece.length() > 0 && widthOf.applyAsDouble(next) > width) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        });
        out.add(piece.toString());
        return out;
    }

    private static boolean starts(String token, String marks) {
        return !token.isEmpty() && marks.indexOf(token.codePointAt(0)) >= 0;
    }

    private static boolean ends(String token, String marks) {
        return !token.isEmpty() && marks.indexOf(token.codePointBefore(token.length())) >= 0;
    }

    private static String join(List<String> tokens) {
        return String.join("", tokens);
    }
}
