package org.timestation.kiosk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The theme's colour pairs (text on background) reach a contrast of at least 7:1 (WCAG AAA), and
 * the base font and touch targets are as large as the kiosk principles ask.
 */
class ThemeContrastTest {
    static Map<String, String> tokens() throws IOException {
        String css;
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream("/org/timestation/kiosk/theme/kiosk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("(-ts-[a-z-]+):\\s*([^;]+);").matcher(css);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2).strip());
        }
        return out;
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void everyTextAndBackgroundPairReachesSevenToOne() throws IOException {
        Map<String, String> t = tokens();
        String[][] pairs = {
            {"-ts-ink", "-ts-paper"}, {"-ts-ink-soft", "-ts-paper"}, {"-ts-accent-ink", "-ts-accent"}, {"-ts-accent", "-ts-paper"},
            {"-ts-ink", "-ts-badge"}, {"-ts-accent-ink", "-ts-alert"}, {"-ts-ink", "-ts-warning-bg"}, {"-ts-accent", "-ts-accent-ink"},
        };
        for (String[] p : pairs) {
            assertThat(contrast(t.get(p[0]), t.get(p[1]))).as(p[0] + " on " + p[1]).isGreaterThanOrEqualTo(7.0);
        }
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void baseFontAndTouchTargetsAreLargeEnough() throws IOException {
        Map<String, String> t = tokens();
        assertThat(Integer.parseInt(t.get("-ts-font-base").replace("px", ""))).isGreaterThanOrEqualTo(28);
        assertThat(Integer.parseInt(t.get("-ts-touch").replace("px", ""))).isGreaterThanOrEqualTo(64);
    }
}
