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

    @Test
    void inputCutShortAnywhereIsMalformedNeverAnIndexError() {
        String whole = "{\"a\":[1,-2,\"x\\n\\u001f\",true,false,null,{}],\"b\":{\"c\":[]}}";
        assertThat(CanonicalJson.parse(whole)).isInstanceOf(Map.class);
        for (int cut = 0; cut < whole.length(); cut++) {
            String part = whole.substring(0, cut);
            assertThatThrownBy(() -> CanonicalJson.parse(part)).as(part).isInstanceOf(CanonicalJson.MalformedPayloadException.class)
                    .hasMessageContaining("at offset");
        }
        assertThatThrownBy(() -> CanonicalJson.parse("\"\\u00")).isInstanceOf(CanonicalJson.MalformedPayloadException.class)
                .hasMessageContaining("bad escape");
    }

    @Test
    void theEdgesOfEachCanonicalSpelling() {
        assertThat(CanonicalJson.parse("0")).isEqualTo(0L);
        assertThat(CanonicalJson.parse("-1")).isEqualTo(-1L);
        assertThat(CanonicalJson.parse("9")).isEqualTo(9L);
        assertThat(CanonicalJson.parse("10")).isEqualTo(10L);
        assertThat(CanonicalJson.parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(CanonicalJson.parse("[]")).isEqualTo(List.of());
        assertThat(CanonicalJson.parse("[[],[0]]")).isEqualTo(List.of(List.of(), List.of(0L)));
        assertThat(CanonicalJson.parse("{\"a\":{},\"b\":0}")).isEqualTo(Map.of("a", Map.of(), "b", 0L));
        assertThat(CanonicalJson.parse("\"\\u001f \"")).isEqualTo("\u001f ");
        assertThat(CanonicalJson.parse("\"\\u0000\"")).isEqualTo("\u0000");
        assertThat(CanonicalJson.parse("\"~\\\\\\\"\\t\\r\"")).isEqualTo("~\\\"\t\r");
        for (String bad : new String[] {"/", ":", "-", "-a", "\"\\u0020\"", "\"\\u000a\"", "\"\\u001F\"", "\"\u001f\"", "{\"a\"1}",
            "{\"a\":1,}", "{1:2}", "[1 2]", "nul", "\"\\x\"", "\"\\", "-0", "00", "[1]]"}) {
            assertThatThrownBy(() -> CanonicalJson.parse(bad)).as(bad).isInstanceOf(CanonicalJson.MalformedPayloadException.class);
        }
        assertThatThrownBy(() -> CanonicalJson.parseObject("[1]")).hasMessage("payload is not an object");
    }

    @Test
    void anyMapIsWrittenInKeyOrderWhateverItsOwnOrder() {
        Map<String, Object> insertion = new java.util.LinkedHashMap<>();
        insertion.put("b", 1L);
        insertion.put("a", 2L);
        assertThat(CanonicalJson.encode(insertion)).isEqualTo("{\"a\":2,\"b\":1}");
        Map<String, Object> reversed = new java.util.TreeMap<>(java.util.Comparator.<String>reverseOrder());
        reversed.putAll(insertion);
        assertThat(CanonicalJson.encode(reversed)).isEqualTo("{\"a\":2,\"b\":1}");
        Map<String, Object> same = new java.util.LinkedHashMap<>();
        same.put("a", 1L);
        same.put("b", 2L);
        assertThat(CanonicalJson.encode(same)).isEqualTo("{\"a\":1,\"b\":2}");
        assertThat(CanonicalJson.encode(Map.of())).isEqualTo("{}");
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

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        assertThatThrownBy(() -> CanonicalJson.parse("[".repeat(60_000))).isInstanceOf(CanonicalJson.MalformedPayloadException.class)
                .hasMessageContaining("nested deeper than 64");
        assertThat(CanonicalJson.parse("[".repeat(64) + "]".repeat(64))).isInstanceOf(List.class);
    }
}
