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
