package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.timestation.credit.CreditEvent;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.Hash;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.LedgerEvent;

class EventCatalogTest {
    static final Path DOC = Path.of("../docs/events.md");

    @Test
    void everyTypeOfTheLedgerIsATypedEventOfOneFeature() {
        assertThat(EventCatalog.types()).hasSize(51).contains("merchant.price-checked", "member.bulletin-name", "node.state-changed", "trust.incident-resolved", "node.key-rotated", "credit.moved", "member.registered", "exchange.dispute-resolved", "exchange.lapsed", "exchange.lapse-told", "exchange.contact-printed", "exchange.accept-lost-told", "proxy.acted");
    }

    @Test
    void everyEventOfTheDemoDecodesToItsTypeAndEncodesBackToTheSameBytes() {
        InMemoryEventStore store = new InMemoryEventStore();
        DemoCommunity.generate(store, DemoCommunity.Options.of(60, 27, 3, LocalDate.of(2026, 11, 1)));
        Set<String> seen = new TreeSet<>();
        store.forEachEvent(e -> {
            LedgerEvent typed = EventCatalog.decode(e).orElseThrow(() -> new AssertionError("unknown type " + e.type()));
            assertThat(typed.type()).isEqualTo(e.type());
            assertThat(EventCodec.encode(typed)).as(e.id().toString()).isEqualTo(e.payload());
            seen.add(e.type());
        });
        assertThat(seen).as("the demo writes most types (the rule tests write the rest)").hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void aPayloadThatDoesNotFitItsTypeIsRefusedNotHalfRead() {
        String good = "{\"kind\":\"GIFT\",\"legs\":[[\"member:A\",\"member:B\",30]]}";
        assertThat(((CreditEvent.Moved) CreditEvent.of(event("credit.moved", good))).legs()).hasSize(1);
        for (String bad : new String[] {
                "{\"kind\":\"GIFT\",\"legs\":[[\"member:A\",\"member:B\",30]],\"mint\":true}", // a field the type does not know
                "{\"legs\":[[\"member:A\",\"member:B\",30]]}", // the kind left out
                "{\"kind\":\"PRINT\",\"legs\":[[\"member:A\",\"member:B\",30]]}", // not a kind
                "{\"kind\":\"GIFT\",\"legs\":[[\"member:A\",\"member:B\",-30]]}", // a negative leg
                "{\"kind\":\"GIFT\",\"legs\":[[\"member:A\",\"member:A\",30]]}", // to itself
                "{\"kind\":\"GIFT\",\"legs\":[[\"member:A\",\"bank\",30]]}", // not an account
                "{\"kind\":\"GIFT\",\"legs\":[[\"member:A\",\"member:B\"]]}", // a short leg
                "{\"kind\":\"GIFT\",\"legs\":[[\"member:A\",\"member:B\",\"30\"]]}"}) { // minutes as text
            assertThatThrownBy(() -> CreditEvent.of(event("credit.moved", bad))).as(bad)
                    .isInstanceOf(CanonicalJson.MalformedPayloadException.class);
        }
        assertThatThrownBy(() -> CreditEvent.of(event("exchange.started", "{\"request\":\"a/1\"}")))
                .isInstanceOf(CanonicalJson.MalformedPayloadException.class).hasMessageContaining("not a CreditEvent");
        assertThat(EventCatalog.decode(event("weather.sunny", "{}"))).as("a later version's type").isEmpty();
    }

    @Test
    void docsEventsMdIsGeneratedFromTheRecordsAndCurrent() throws IOException {
        String generated = EventCatalog.markdown();
        if (Boolean.getBoolean("events.doc.update")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(generated).contains("### credit.moved", "| `legs` | list of [from, to, minutes] |", "#### Entry");
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/events.md is out of date: run ./mvnw -pl shared test -Dtest=EventCatalogTest -Devents.doc.update=true")
                .isEqualTo(generated);
    }

    private static Event event(String type, String payload) {
        return new Event("n", 1, 1, type, payload, Hash.ZERO, Hash.ZERO);
    }
}
