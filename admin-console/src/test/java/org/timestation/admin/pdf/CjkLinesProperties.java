package org.timestation.admin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The line-breaking rules on any mix of Chinese, Latin words, numbers, spaces and punctuation: no line
 * starts with closing punctuation or ends with opening punctuation (unless one character is all the line
 * holds), no line is wider than asked (unless one word alone is), and nothing is lost or reordered.
 */
class CjkLinesProperties {
    /** Every character one unit wide, a Latin letter half: a stand-in for a font's widths. */
    static double width(String s) {
        return s.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1.0).sum();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("互", "助", "时", "间", "驿", "站", "邻", "居", "老", "人", "的", "了"),
                Arbitraries.of(CjkLines.NO_START.split("")),
                Arbitraries.of(CjkLines.NO_END.split("")),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(14),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
                Arbitraries.of(" "));
        return piece.list().ofMinSize(0).ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne(@ForAll("texts") String text, @ForAll @IntRange(min = 4, max = 30) int width) {
        List<String> lines = CjkLines.lines(text, width, CjkLinesProperties::width);
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isEmpty() && !allMarks(lines.get(i - 1))) {
                assertThat(CjkLines.NO_START.indexOf(l.codePointAt(0))).as("line " + i + " of " + lines + " starts with a closing mark").isNegative();
            }
        }
        for (int i = 0; i < lines.size() - 1; i++) {
            String l = lines.get(i);
            if (l.codePointCount(0, l.length()) > 1) {
                assertThat(CjkLines.NO_END.indexOf(l.codePointBefore(l.length()))).as("line " + i + " of " + lines + " ends with an opening mark")
                        .isNegative();
            }
        }
    }

    /** A line of marks only (a run of them longer than the line) cannot be helped. */
    private static boolean allMarks(String l) {
        return l.codePoints().allMatch(cp -> CjkLines.NO_START.indexOf(cp) >= 0 || CjkLines.NO_END.indexOf(cp) >= 0);
    }

    @Property(tries = 400)
    void nothingIsLostAndNoLineIsTooWide(@ForAll("texts") String text, @ForAll @IntRange(min = 4, max = 30) int width) {
        List<String> lines = CjkLines.lines(text, width, CjkLinesProperties::width);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        for (String l : lines) {
            String body = l.stripTrailing();
            while (!body.isEmpty() && (CjkLines.NO_START.indexOf(body.codePointBefore(body.length())) >= 0 || body.endsWith(" "))) {
                body = body.substring(0, body.offsetByCodePoints(body.length(), -1)); // hanging closing marks
            }
            while (!body.isEmpty() && (CjkLines.NO_END.indexOf(body.codePointAt(0)) >= 0 || body.startsWith(" "))) {
                body = body.substring(body.offsetByCodePoints(0, 1)); // opening marks that came down with the word
            }
            if (width(body) > width) {
                assertThat(CjkLines.tokens(body)).as("only a single word, with the marks that must stay with it, is wider: " + l).hasSize(1);
            }
        }
    }

    @Property(tries = 100)
    void aParagraphBreakIsKept(@ForAll("texts") String a, @ForAll("texts") String b) {
        List<String> lines = CjkLines.lines(a + "\n" + b, 1000, CjkLinesProperties::width);
        assertThat(lines).hasSize(2);
    }
}
