package org.timestation.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;
import org.timestation.member.Identified;

/** Every proxy act, built from {@code proxy.acted} events. */
public final class ProxyBook extends RowTable.Part {
    private final RowTable<ProxyAct> acts = table("proxy", ProxyBook::encode, ProxyBook::decode);

    @Override
    public String prefix() {
        return "proxy.";
    }

    @Override
    public void apply(Event e) {
        ProxyEvent.Acted a = (ProxyEvent.Acted) ProxyEvent.of(e);
        acts.put(e.id().toString(), new ProxyAct(e.id().toString(), e.epochMillis(), a.captain(), a.elder(), a.act(), a.ref(), a.identifiedBy()));
    }

    /** Acts between two instants (epoch millis, end exclusive), oldest first. */
    public List<ProxyAct> between(long from, long to) {
        List<ProxyAct> out = new ArrayList<>();
        for (ProxyAct a : acts.values()) {
            if (a.at() >= from && a.at() < to) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparingLong(ProxyAct::at).thenComparing(ProxyAct::eventId));
        return out;
    }

    private static String encode(ProxyAct a) {
        return Payload.builder().put("id", a.eventId()).put("at", a.at()).put("captain", a.captainId()).put("elder", a.elderId())
                .put("act", a.kind().name()).put("ref", a.ref()).put("identifiedBy", a.identifiedBy().name()).encode();
    }

    private static ProxyAct decode(String row) {
        Payload p = Payload.parse(row);
        return new ProxyAct(p.str("id"), p.num("at"), p.str("captain"), p.str("elder"), ProxyAct.Kind.valueOf(p.str("act")), p.str("ref"),
                Identified.Method.valueOf(p.str("identifiedBy")));
    }
}
