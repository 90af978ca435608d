package org.timestation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextBundlesTest {
    @Test
    void everyErrorHasAMessageInChineseAndEnglish() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(Text.CORE.keys(Text.ZH)).as("zh " + code).contains(code.key());
            assertThat(Text.CORE.keys(Text.EN)).as("en " + code).contains(code.key());
        }
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(Text.CORE.keys(Text.ZH)).containsExactlyInAnyOrderElementsOf(Text.CORE.keys(Text.EN));
    }

    @Test
    void theChineseMessagesAreInChinese() {
        Arrays.stream(ErrorCode.values()).forEach(c -> assertThat(Text.CORE.get(Text.ZH, c.key(), "x", "y", "z"))
                .as(c.name()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void messageArgumentsAreWrittenInTheMessagesLanguage() {
        Bilingual b = new DomainException(ErrorCode.INSUFFICIENT_CREDITS, org.timestation.credit.Minutes.of(90),
                org.timestation.credit.Minutes.of(120)).text();
        assertThat(b.zh()).contains("1小时30分钟").contains("2小时");
        assertThat(b.en()).contains("1 h 30 min").contains("2 h");
    }

    @Test
    void noMessageLosesItsArgumentsToAnUnescapedApostrophe() {
        for (java.util.Locale locale : new java.util.Locale[] {Text.ZH, Text.EN}) {
            for (String key : Text.CORE.keys(locale)) {
                String filled = Text.CORE.get(locale, key, "A0", "A1", "A2", "A3");
                assertThat(filled).as(locale + " " + key + ": a lone ' quotes the rest of a MessageFormat pattern; write ''")
                        .doesNotContain("{0}").doesNotContain("{1}").doesNotContain("{2}").doesNotContain("{3}");
            }
        }
    }
}
