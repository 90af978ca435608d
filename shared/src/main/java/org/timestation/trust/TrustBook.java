package org.timestation.trust;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;

/** Trust scores, their changes and incidents, built from {@code trust.*} events. */
public final class TrustBook extends RowTable.Part {

    private final RowTable<Long> sums = table("trust-sum", String::valueOf, Long::parseLong);
    private final RowTable<TrustChange> changes = table("trust-change", TrustBook::encode, TrustBook::decodeChange);
    private final RowTable<Incident> incidents = table("incident", TrustBook::encode, TrustBook::decodeIncident);
    private final Map<String, List<TrustChange>> changesByParty = new HashMap<>();
    private final Map<String, List<Incident>> incidentsByParty = new HashMap<>();

    @Override
    public String prefix() {
        return "trust.";
    }

    @Override
    public void apply(Event e) {
        apply(e, TrustEvent.of(e));
    }

    @Override
    public void apply(Event e, org.timestation.ledger.LedgerEvent typed) {
        if (!(typed instanceof TrustEvent event)) {
            apply(e);
            return;
        }
        if (event instanceof TrustEvent.Changed ch) {
            Party party = ch.who();
            TrustChange c = new TrustChange(e.id().toString(), party, ch.delta(), ch.reason(), ch.ref(), e.epochMillis());
            changes.put(c.eventId(), c);
            index(c);
            sums.put(party.key(), sums.get(party.key()).orElse(0L) + c.delta());
        } else if (event instanceof TrustEvent.Incident in) {
            Incident i = new Incident(e.id().toString(), in.who(), in.level(), in.reason(), in.operator(), e.epochMillis(), in.suspendedUntil(),
                    in.visibleUntil(), 0, null, null);
            incidents.put(i.id(), i);
            index(i);
        } else if (event instanceof TrustEvent.IncidentResolved r) {
            incidents.get(r.incident()).filter(i -> !i.resolved()).ifPresent(i -> {
                Incident done = i.resolvedBy(e.epochMillis(), r.operator(), r.reason());
                incidents.put(done.id(), done);
                List<Incident> of = incidentsByParty.get(done.party().key());
                of.replaceAll(x -> x.id().equals(done.id()) ? done : x);
            });
        }
    }

    private void index(TrustChange c) {
        changesByParty.computeIfAbsent(c.party().key(), k -> new ArrayList<>()).add(c);
    }

    private void index(Incident i) {
        incidentsByParty.computeIfAbsent(i.party().key(), k -> new ArrayList<>()).add(i);
    }

    /** The sum of every change to {@code party}'s score (the score is the policy's base plus this). */
    public long sumOfChanges(Party party) {
        return sums.get(party.key()).orElse(0L);
    }

    /** Every change, oldest first. */
    public List<TrustChange> changes(Party party) {
        List<TrustChange> out = new ArrayList<>(changesByParty.getOrDefault(party.key(), List.of()));
        out.sort(Comparator.comparingLong(TrustChange::at).thenComparing(TrustChange::eventId));
        return out;
    }

    /** An incident by its event's id. */
    public java.util.Optional<Incident> incident(String id) {
        return incidents.get(id);
    }

    public List<Incident> incidents(Party party) {
        List<Incident> out = new ArrayList<>(incidentsByParty.getOrDefault(party.key(), List.of()));
        out.sort(Comparator.comparingLong(Incident::at).thenComparing(Incident::id));
        return out;
    }

    /** Every incident, oldest first. */
    public List<Incident> allIncidents() {
        List<Incident> out = new ArrayList<>(incidents.valuesCopy());
        out.sort(Comparator.comparingLong(Incident::at).thenComparing(Incident::id));
        return out;
    }

    /** Every party with a score change. */
    public List<Party> scoredParties() {
        List<Party> out = new ArrayList<>();
        changesByParty.keySet().forEach(k -> out.add(Party.parse(k)));
        return out;
    }

    @Override
    protected void loaded(RowTable<?> table, String key, Object value) {
        if (value instanceof TrustChange c) {
            index(c);
        } else if (value instanceof Incident i) {
            index(i);
        }
    }

    @Override
    protected void cleared() {
        changesByParty.clear();
        incidentsByParty.clear();
    }

    private static String encode(TrustChange c) {
        return Payload.builder().put("id", c.eventId()).put("party", c.party().key()).put("delta", (long) c.delta()).put("reason", c.reason().name())
                .put("ref", c.ref()).put("at", c.at()).encode();
    }

    private static TrustChange decodeChange(String row) {
        Payload p = Payload.parse(row);
        return new TrustChange(p.str("id"), Party.parse(p.str("party")), (int) p.num("delta"), TrustReason.valueOf(p.str("reason")),
                p.optStr("ref").orElse(null), p.num("at"));
    }

    private static String encode(Incident i) {
        return Payload.builder().put("id", i.id()).put("party", i.party().key()).put("level", i.level().name()).put("reason", i.reason())
                .put("operator", i.operator()).put("at", i.at()).put("suspendedUntil", i.suspendedUntil())
                .put("visibleUntil", i.visibleUntil()).put("resolvedAt", i.resolved() ? i.resolvedAt() : null).put("resolvedBy", i.resolvedBy())
                .put("resolution", i.resolution()).encode();
    }

    private static Incident decodeIncident(String row) {
        Payload p = Payload.parse(row);
        return new Incident(p.str("id"), Party.parse(p.str("party")), IncidentLevel.valueOf(p.str("level")), p.str("reason"),
                p.str("operator"), p.num("at"), p.num("suspendedUntil"), p.num("visibleUntil"), p.num("resolvedAt", 0),
                p.optStr("resolvedBy").orElse(null), p.optStr("resolution").orElse(null));
    }
}
