package org.timestation.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.timestation.text.Text;

/** Both languages of the console say the same things, and times are said as people say them. */
class ConsoleTextTest {
    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(ConsoleText.bundle().keys(Text.EN)).isEqualTo(ConsoleText.bundle().keys(Text.ZH));
    }

    /**
     * A text with arguments goes through MessageFormat (an apostrophe is written twice there, or it swallows
     * what follows); a text without is shown as written (a doubled apostrophe would show doubled).
     */
    @Test
    void apostrophesAreWrittenAsEachTextIsShown() {
        for (java.util.Locale l : new java.util.Locale[] {Text.EN, Text.ZH}) {
            java.util.ResourceBundle b = java.util.ResourceBundle.getBundle("org.timestation.admin.console", l);
            for (String key : ConsoleText.bundle().keys(l)) {
                String pattern = b.getString(key);
                String unquoted = pattern.replace("''", "");
                if (pattern.matches("(?s).*\\{\\d.*")) {
                    assertThat(unquoted).as(key + " has arguments: write each apostrophe twice").doesNotContain("'");
                } else {
                    assertThat(pattern).as(key + " has no arguments: write apostrophes once").doesNotContain("''");
                }
            }
        }
    }

    @Test
    void durationsAreSaidInWords() {
        ConsoleText t = new ConsoleText();
        assertThat(t.duration(Duration.ofMinutes(45))).isEqualTo("45 分钟");
        assertThat(t.duration(Duration.ofMinutes(125))).isEqualTo("2 小时 5 分");
        assertThat(t.duration(Duration.ofHours(76))).isEqualTo("3 天 4 小时");
        assertThat(t.duration(Duration.ofMinutes(-90))).as("overdue times are said by their length").isEqualTo("1 小时 30 分");
        t.locale().set(Text.EN);
        assertThat(t.duration(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(t.why(new org.timestation.admin.staff.Refused("不行", "No"))).isEqualTo("No");
        assertThat(t.why(new IllegalStateException("disk full"))).contains("disk full").contains("technician");
    }
}
