package org.timestation.kiosk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.timestation.kiosk.app.KioskText;
import org.timestation.text.Text;

/** Every kiosk string comes from the bundles, in both languages. */
class KioskTextTest {
    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(KioskText.BUNDLE.keys(Text.EN)).isEqualTo(KioskText.BUNDLE.keys(Text.ZH));
    }

    @Test
    void everyKeyTheCodeNamesIsInBothBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:frame|message|idle|attract|pad|signin|home|credits|tier|movement|redeem|receipt|activities|status|gift|ask|captain|merchant|help|register)"
                + "\\.[a-z0-9.-]*[a-z0-9-])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(60);
        assertThat(KioskText.BUNDLE.keys(Text.ZH)).containsAll(named);
        assertThat(KioskText.BUNDLE.keys(Text.EN)).containsAll(named);
    }

    @Test
    void theChineseTextsAreChineseAndTheEnglishOnesAreNot() {
        for (String key : KioskText.BUNDLE.keys(Text.ZH)) {
            String zh = KioskText.BUNDLE.get(Text.ZH, key);
            if (!key.equals("language.switch") && !key.endsWith("time-pattern") && !key.startsWith("redeem.less") && !key.startsWith("redeem.more")) {
                assertThat(zh).as(key).containsPattern("\\p{IsHan}");
            }
            if (!key.equals("language.switch")) {
                assertThat(KioskText.BUNDLE.get(Text.EN, key)).as(key).doesNotContainPattern("\\p{IsHan}");
            }
        }
    }
}
