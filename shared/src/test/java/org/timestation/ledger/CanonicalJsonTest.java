package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    @Test
    void keysAreSortedAndNothingElseIsAdded() {
        assertThat(CanonicalJson.encode(Map.of("b", 1, "a", List.of("x", true), "c", "时间\n\"")))
                .isEqualTo("{\"a\":[\"x\",true],\"b\":1,\"c\":\"时间\\n\\\"\"}");
    }

    @Test
    void onlyTheCanonicalSpellingIsAccepted() {
        for (String bad : new String[] {"{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{ \"a\":1}", "{\"a\":1.5}", "{\"a\":01}",
            "{\"a\":-0}", "{\"a\":1e3}", "{\"a\":\"\\u0041\"}", "{\"a\":\"\\/\"}", "{\"a\":1}x", "{\"a\":\"\u0001\"}",
            "{\"a\":99999999999999999999}", "{\"a\":tru}", "[1,]", "{\"a\":\"\\u00zz\"}"}) {
            assertThatThrownBy(() -> CanonicalJson.parse(bad)).as(bad).isInstanceOf(CanonicalJson.MalformedPayloadException.class);
        }
    }

    @Property
    void encodingThenParsingGivesTheSameValueAndTheSameText(@ForAll("values") Map<String, Object> value) {
        String text = CanonicalJson.encode(value);
        Object back = CanonicalJson.parse(text);
        assertThat(CanonicalJson.encode(back)).isEqualTo(text);
        assertThat(back).isEqualTo(new java.util.TreeMap<>(value));
    }

    @Provide
    Arbitrary<Map<String, Object>> values() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12).map(s -> (Object) s.replaceAll("[\\uD800-\\uDFFF]", "")),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b));
        Arbitrary<Object> list = leaf.list().ofMaxSize(4).map(l -> (Object) List.copyOf(l));
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), Arbitraries.oneOf(leaf, list))
                .ofMaxSize(6);
    }
}
