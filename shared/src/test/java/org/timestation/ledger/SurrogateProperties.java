package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * Text with an unpaired UTF-16 surrogate has no UTF-8 form: Java writes it as {@code ?}, so before
 * release 0.2 {@code "a\uD800"} and {@code "a?"} hashed the same. Such text is now refused wherever it
 * would enter the ledger: encoding, parsing and hashing.
 */
class SurrogateProperties {
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range('\u0020', '\u007E'), Arbitraries.chars().range('\u4E00', '\u4E20'),
                Arbitraries.chars().range('\uD800', '\uDFFF'));
        return chars.list().ofMaxSize(12).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }

    static boolean wellFormed(String s) {
        return s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }

    @Property(tries = 500)
    void textIsEncodedIfAndOnlyIfItIsWellFormedAndThenReadBackExactly(@ForAll("anyText") String s) {
        if (wellFormed(s)) {
            String encoded = CanonicalJson.encode(Map.of("t", s));
            assertThat(CanonicalJson.parseObject(encoded).get("t")).isEqualTo(s);
        } else {
            assertThatThrownBy(() -> CanonicalJson.encode(Map.of("t", s))).isInstanceOf(CanonicalJson.MalformedTextException.class);
            String spelled = "{\"t\":\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            assertThatThrownBy(() -> CanonicalJson.parse(spelled)).isInstanceOf(CanonicalJson.MalformedPayloadException.class);
        }
    }

    @Provide
    Arbitrary<String> brokenText() {
        return Combinators.combine(anyText().filter(SurrogateProperties::wellFormed), Arbitraries.chars().range('\uD800', '\uDFFF'),
                anyText().filter(SurrogateProperties::wellFormed)).as((a, lone, b) -> a + lone + (Character.isHighSurrogate(lone) ? "x" : "") + b);
    }

    @Property(tries = 300)
    void textWithALoneSurrogateIsNeverHashedSoItCannotCollideWithItsQuestionMarkSpelling(@ForAll("brokenText") String s) {
        ChainHasher hasher = new ChainHasher();
        assertThatThrownBy(() -> hasher.hash("station-a", 1, 1, "credit.moved", s, Hash.ZERO)).isInstanceOf(CanonicalJson.MalformedTextException.class);
        assertThatThrownBy(() -> hasher.hash("station-a", 1, 1, s, "{}", Hash.ZERO)).isInstanceOf(CanonicalJson.MalformedTextException.class);
        assertThatThrownBy(() -> CanonicalJson.encode(Map.of("memo", s))).isInstanceOf(CanonicalJson.MalformedTextException.class);
    }
}
