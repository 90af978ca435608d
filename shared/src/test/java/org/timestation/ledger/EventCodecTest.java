package org.timestation.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The typed-event codec on records made for the test, one of every supported kind of field: the exact
 * payload each writes, and every way a payload that does not fit its type is refused (never half-read).
 */
class EventCodecTest {
    enum Colour { RED, GREEN }

    @Tuple
    record Pair(String name, long minutes) {
    }

    @Scalar
    record Amount(long value) {
        Amount {
            if (value < 0) {
                throw new IllegalArgumentException("an amount cannot be negative");
            }
        }
    }

    record Inner(@EventField("a note") String note, @EventField(value = "when", optional = true) Long when) {
    }

    sealed interface Sample extends LedgerEvent {
    }

    sealed interface OfThing extends Sample {
    }

    @EventType(value = "test.everything", doc = "every kind of field")
    record Everything(
            @EventField("text") String text,
            @EventField("a long") long big,
            @EventField("an int") int small,
            @EventField(value = "an optional int", optional = true) Integer maybeSmall,
            @EventField("a flag") boolean flag,
            @EventField(value = "an optional flag", optional = true) Boolean maybeFlag,
            @EventField("a colour") Colour colour,
            @EventField("names") List<String> names,
            @EventField("pairs") List<Pair> pairs,
            @EventField("an amount") Amount amount,
            @EventField("a nested object") Inner inner,
            @EventField("anything") Map<String, Object> raw,
            @EventField(value = "stored under another key", key = "zz") String renamed) implements Sample {
    }

    @EventType(value = "test.thing", doc = "a member of a nested family")
    record Thing(@EventField("text") String text) implements OfThing {
    }

    @EventType(value = "test.plain", doc = "no field annotations at all")
    record Plain(String a, long b) implements Sample {
    }

    static Everything everything() {
        return new Everything("时间", 1L << 40, -7, null, true, null, Colour.GREEN, List.of("a", "b"),
                List.of(new Pair("x", 60), new Pair("y", 0)), new Amount(90), new Inner("hi", null), Map.of("k", 1L), "r");
    }

    static final String EVERYTHING = "{\"amount\":90,\"big\":1099511627776,\"colour\":\"GREEN\",\"flag\":true,\"inner\":{\"note\":\"hi\"},"
            + "\"names\":[\"a\",\"b\"],\"pairs\":[[\"x\",60],[\"y\",0]],\"raw\":{\"k\":1},\"small\":-7,\"text\":\"时间\",\"zz\":\"r\"}";

    @Test
    void eachKindOfFieldHasOneExactEncoding() {
        assertThat(EventCodec.encode(everything())).isEqualTo(EVERYTHING);
        assertThat(EventCodec.decode(Everything.class, EVERYTHING)).isEqualTo(everything());
        Everything withOptionals = new Everything("t", 0, Integer.MAX_VALUE, Integer.MIN_VALUE, false, false, Colour.RED, List.of(), List.of(),
                new Amount(0), new Inner("", 5L), Map.of(), "");
        String encoded = EventCodec.encode(withOptionals);
        assertThat(encoded).contains("\"maybeSmall\":-2147483648", "\"maybeFlag\":false", "\"small\":2147483647", "\"when\":5", "\"flag\":false");
        assertThat(EventCodec.decode(Everything.class, encoded)).isEqualTo(withOptionals);
        assertThat(EventCodec.encode(new Plain("x", 3))).isEqualTo("{\"a\":\"x\",\"b\":3}");
        assertThat(everything().type()).isEqualTo("test.everything");
    }

    @Test
    void aFamilyDecodesEachStoredEventByItsTypeNestedFamiliesIncluded() {
        assertThat(EventCodec.types(Sample.class)).containsOnlyKeys("test.everything", "test.thing", "test.plain");
        assertThat(EventCodec.permitted(Sample.class)).containsExactlyInAnyOrder(Everything.class, Thing.class, Plain.class);
        Event stored = new Event("node", 1, 0, "test.thing", "{\"text\":\"t\"}", Hash.ZERO, Hash.ZERO);
        assertThat(EventCodec.decode(Sample.class, stored)).isEqualTo(new Thing("t"));
        Event foreign = new Event("node", 1, 0, "credit.moved", "{\"text\":\"t\"}", Hash.ZERO, Hash.ZERO);
        assertThatThrownBy(() -> EventCodec.decode(Sample.class, foreign)).isInstanceOf(CanonicalJson.MalformedPayloadException.class)
                .hasMessageContaining("not a Sample");
        assertThatThrownBy(() -> EventCodec.permitted(LedgerEvent.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCodec.typeOf(Pair.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFieldsAreDocumentedInKeyOrder() {
        List<EventCodec.FieldDoc> docs = EventCodec.fields(Everything.class);
        assertThat(docs).extracting(EventCodec.FieldDoc::key).containsExactly("amount", "big", "colour", "flag", "inner", "maybeFlag",
                "maybeSmall", "names", "pairs", "raw", "small", "text", "zz");
        assertThat(docs).filteredOn(EventCodec.FieldDoc::optional).extracting(EventCodec.FieldDoc::key).containsExactly("maybeFlag", "maybeSmall");
        assertThat(docs).extracting(EventCodec.FieldDoc::kind).containsExactly("integer", "integer", "one of `RED`, `GREEN`", "true/false",
                "object (Inner)", "true/false", "integer", "list of text", "list of [name, minutes]", "object", "integer", "text", "text");
        assertThat(docs.get(0).meaning()).isEqualTo("an amount");
    }

    private static void refused(String payload, String why) {
        assertThatThrownBy(() -> EventCodec.decode(Everything.class, payload)).as(payload)
                .isInstanceOf(CanonicalJson.MalformedPayloadException.class).hasMessageContaining(why);
    }

    @Test
    void aPayloadThatDoesNotFitItsTypeIsRefused() {
        refused(EVERYTHING.replace("\"big\":1099511627776", "\"big\":\"1\""), "test.everything.big should be an integer, got \"1\"");
        refused(EVERYTHING.replace("\"small\":-7", "\"small\":2147483648"), "small should be a 32-bit integer");
        refused(EVERYTHING.replace("\"small\":-7", "\"small\":-2147483649"), "small should be a 32-bit integer");
        refused(EVERYTHING.replace("\"flag\":true", "\"flag\":1"), "flag should be true or false, got Long");
        refused(EVERYTHING.replace("\"GREEN\"", "\"BLUE\""), "colour should be one of [RED, GREEN]");
        refused(EVERYTHING.replace("\"GREEN\"", "7"), "colour should be one of");
        refused(EVERYTHING.replace("\"text\":\"时间\"", "\"text\":7"), "text should be text, got Long");
        refused(EVERYTHING.replace("[\"a\",\"b\"]", "\"a\""), "names should be a list");
        refused(EVERYTHING.replace("[\"a\",\"b\"]", "[\"a\",null]"), "names[1] should be text, got nothing");
        refused(EVERYTHING.replace("[\"a\",\"b\"]", "[\"a\",2]"), "names[1] should be text");
        refused(EVERYTHING.replace("[\"x\",60]", "[\"x\"]"), "pairs[0] should be [name, minutes]");
        refused(EVERYTHING.replace("[\"x\",60]", "{\"x\":60}"), "pairs[0] should be [name, minutes]");
        refused(EVERYTHING.replace("[\"x\",60]", "[\"x\",null]"), "pairs[0].minutes should be integer, got nothing");
        refused(EVERYTHING.replace("[\"x\",60]", "[\"x\",\"60\"]"), "pairs[0].minutes should be an integer");
        refused(EVERYTHING.replace("\"amount\":90", "\"amount\":-1"), "amount is not a valid Amount: an amount cannot be negative");
        refused(EVERYTHING.replace("\"amount\":90", "\"amount\":\"90\""), "amount should be an integer");
        refused(EVERYTHING.replace("{\"note\":\"hi\"}", "\"hi\""), "inner should be an object");
        refused(EVERYTHING.replace("{\"note\":\"hi\"}", "{}"), "inner.note should be text, got nothing");
        refused(EVERYTHING.replace("{\"note\":\"hi\"}", "{\"note\":\"hi\",\"zextra\":1}"), "inner has fields its type does not know: [zextra]");
        refused(EVERYTHING.replace("{\"k\":1}", "[1]"), "raw should be an object");
        refused(EVERYTHING.replace("\"amount\":90,", ""), "amount should be integer, got nothing");
        refused(EVERYTHING.replace("\"zz\":\"r\"", "\"zz\":\"r\",\"zzz\":1"), "has fields its type does not know: [zzz]");
        refused(EVERYTHING.replace(",\"zz\":\"r\"", "").replace("\"raw\":{\"k\":1},", "\"raw\":{\"k\":1},\"renamed\":\"r\","),
                "zz should be text, got nothing");
        refused(EVERYTHING.replace("\"GREEN\"", "\"" + "长".repeat(50) + "\""), "got \"" + "长".repeat(40) + "…\"");
    }

    @Test
    void anExplicitNullIsTheSameAsLeftOutButOnlyForOptionalFields() {
        Everything e = EventCodec.decode(Everything.class, EVERYTHING.replace("\"names\"", "\"maybeFlag\":null,\"names\""));
        assertThat(e).isEqualTo(everything());
        refused(EVERYTHING.replace("\"text\":\"时间\"", "\"text\":null"), "text should be text, got nothing");
    }

    @Test
    void aRequiredFieldLeftNullCannotBeWritten() {
        Everything missing = new Everything(null, 0, 0, null, false, null, Colour.RED, List.of(), List.of(), new Amount(0), new Inner("", null),
                Map.of(), "");
        assertThatThrownBy(() -> EventCodec.encode(missing)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Everything.text is required");
    }

    @EventType(value = "test.bad-key", doc = "two components, one key")
    record TwoOnOneKey(@EventField(value = "a", key = "same") String a, @EventField(value = "b", key = "same") String b) implements LedgerEvent {
    }

    @EventType(value = "test.bad-type", doc = "a field of a kind the codec cannot store")
    record UnsupportedField(@EventField("a") double a) implements LedgerEvent {
    }

    @EventType(value = "test.bad-map", doc = "a map keyed by numbers")
    record UnsupportedMap(@EventField("a") Map<Long, Object> a) implements LedgerEvent {
    }

    @Scalar
    record TwoScalar(long a, long b) {
    }

    @EventType(value = "test.bad-scalar", doc = "a scalar of two values")
    record BadScalar(@EventField("a") TwoScalar a) implements LedgerEvent {
    }

    @Test
    void recordsTheCodecCannotStoreFaithfullyAreRefusedWhenFirstUsed() {
        assertThatThrownBy(() -> EventCodec.encode(new TwoOnOneKey("x", "y"))).hasMessageContaining("maps two components to the key same");
        assertThatThrownBy(() -> EventCodec.encode(new UnsupportedField(1.5))).hasMessageContaining("cannot be of type double");
        assertThatThrownBy(() -> EventCodec.encode(new UnsupportedMap(Map.of()))).hasMessageContaining("cannot be of type");
        assertThatThrownBy(() -> EventCodec.encode(new BadScalar(new TwoScalar(1, 2)))).hasMessageContaining("@Scalar but has 2 components");
    }
}
