package org.timestation.community;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.timestation.activity.ActivityEvent;
import org.timestation.cocreation.CoCreationEvent;
import org.timestation.credit.CreditEvent;
import org.timestation.exchange.ExchangeEvent;
import org.timestation.funds.FundsEvent;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;
import org.timestation.member.MemberEvent;
import org.timestation.merchant.MerchantEvent;
import org.timestation.place.PlaceEvent;
import org.timestation.policy.PolicyEvent;
import org.timestation.proxy.ProxyEvent;
import org.timestation.trust.TrustEvent;
import org.timestation.volunteer.VolunteerEvent;

/**
 * Every event type of the ledger, by feature: the one place that knows them all. Readers outside a
 * feature (the verifier's rule checker, the hub, the console, the bulletin) decode events through
 * here, and {@code docs/events.md} is generated from it.
 */
public final class EventCatalog {
    /** The features' sealed event families, in the order docs/events.md lists them. */
    public static final List<Class<? extends LedgerEvent>> FAMILIES = List.of(MemberEvent.class, PolicyEvent.class, PlaceEvent.class,
            VolunteerEvent.class, CreditEvent.class, ExchangeEvent.class, CoCreationEvent.class, TrustEvent.class, FundsEvent.class,
            MerchantEvent.class, ActivityEvent.class, ProxyEvent.class, org.timestation.nodes.NodeEvent.class);

    private static final Map<String, Class<? extends LedgerEvent>> FAMILY_OF_TYPE;

    static {
        Map<String, Class<? extends LedgerEvent>> byType = new TreeMap<>();
        for (Class<? extends LedgerEvent> family : FAMILIES) {
            for (String type : EventCodec.types(family).keySet()) {
                if (byType.put(type, family) != null) {
                    throw new IllegalStateException("two families claim the event type " + type);
                }
            }
        }
        FAMILY_OF_TYPE = Collections.unmodifiableMap(byType);
    }

    private EventCatalog() {
    }

    /** Every known event type. */
    public static Set<String> types() {
        return FAMILY_OF_TYPE.keySet();
    }

    public static boolean isKnown(String type) {
        return FAMILY_OF_TYPE.containsKey(type);
    }

    /**
     * The typed event; empty for a type this version does not know (written by a later one). A known
     * type whose payload does not fit is a {@link org.timestation.ledger.CanonicalJson.MalformedPayloadException}.
     */
    public static Optional<LedgerEvent> decode(Event e) {
        Class<? extends LedgerEvent> family = FAMILY_OF_TYPE.get(e.type());
        return family == null ? Optional.empty() : Optional.of(EventCodec.decode(family, e));
    }

    /** docs/events.md: every event type, its fields and what it means. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Ledger events\n\n")
                .append("Generated from the event records by `EventCatalog.markdown()`; `EventCatalogTest` fails when this file is out of date ")
                .append("(regenerate: `./mvnw -pl shared test -Dtest=EventCatalogTest -Devents.doc.update=true`).\n\n")
                .append("Every change of state is one of these events, appended to the feed of the node where it happened. The payload is ")
                .append("canonical JSON (decision 0002) with the fields below; a field marked optional is left out when it has no value. ")
                .append("Amounts of credit are whole minutes (60 = one credit), money is in fen, times are epoch milliseconds, days are ")
                .append("epoch days. Ids of requests, vouchers, activities and registrations are the id (`node/seq`) of the event that made them.\n\n")
                .append(FAMILY_OF_TYPE.size()).append(" event types:\n\n");
        for (Class<? extends LedgerEvent> family : FAMILIES) {
            md.append("- ").append(family.getSimpleName()).append(": ");
            md.append(String.join(", ", EventCodec.types(family).keySet().stream().map(t -> "[`" + t + "`](#" + anchor(t) + ")").toList()));
            md.append('\n');
        }
        for (Class<? extends LedgerEvent> family : FAMILIES) {
            md.append("\n## ").append(family.getSimpleName()).append("\n");
            Set<Class<?>> nested = new LinkedHashSet<>();
            for (Class<?> record : EventCodec.types(family).values()) {
                EventType t = record.getAnnotation(EventType.class);
                md.append("\n### ").append(t.value()).append("\n\n").append(t.doc()).append("\n\n");
                table(md, record, nested);
            }
            List<Class<?>> done = new ArrayList<>();
            while (!nested.isEmpty()) {
                Class<?> n = nested.iterator().next();
                nested.remove(n);
                if (done.contains(n)) {
                    continue;
                }
                done.add(n);
                md.append("\n#### ").append(n.getSimpleName()).append("\n\n");
                table(md, n, nested);
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Class<?> record, Set<Class<?>> nested) {
        md.append("| field | value | | meaning |\n|---|---|---|---|\n");
        for (EventCodec.FieldDoc f : EventCodec.fields(record)) {
            md.append("| `").append(f.key()).append("` | ").append(f.kind()).append(" | ").append(f.optional() ? "optional" : "")
                    .append(" | ").append(f.meaning().replace("|", "\\|")).append(" |\n");
        }
        for (java.lang.reflect.RecordComponent c : record.getRecordComponents()) {
            Class<?> t = c.getType();
            if (t.isRecord() && !t.isAnnotationPresent(org.timestation.ledger.Scalar.class)
                    && !t.isAnnotationPresent(org.timestation.ledger.Tuple.class) && !t.isAnnotationPresent(EventType.class)) {
                nested.add(t);
            }
        }
    }

    private static String anchor(String type) {
        return type.replace(".", "");
    }
}
