package org.timestation.credit;

import java.util.ArrayList;
import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;

/** Each member's most recent movements (the statement a kiosk shows and prints), built from {@code credit.moved}. */
public final class StatementBook extends RowTable.Part {
    /** How many movements a member's statement keeps. */
    public static final int KEEP = 50;
    private final RowTable<List<Movement>> lines = table("statement", StatementBook::encode, StatementBook::decode);

    @Override
    public String prefix() {
        return CreditBook.MOVED;
    }

    @Override
    public void apply(Event e) {
        Payload p = Payload.parse(e.payload());
        MovementKind kind = MovementKind.valueOf(p.str("kind"));
        String ref = p.optStr("ref").orElse(null);
        String proxy = p.optStr("proxy").orElse(null);
        for (Object o : p.list("legs")) {
            Leg l = Leg.decode(o);
            if (l.from().isMember()) {
                add(l.from().memberId(), new Movement(e.id().toString(), e.epochMillis(), kind, -l.minutes().value(), l.to().toString(), ref, proxy));
            }
            if (l.to().isMember()) {
                add(l.to().memberId(), new Movement(e.id().toString(), e.epochMillis(), kind, l.minutes().value(), l.from().toString(), ref, proxy));
            }
        }
    }

    private void add(String memberId, Movement m) {
        List<Movement> list = new ArrayList<>(lines.get(memberId).orElse(List.of()));
        list.add(m);
        if (list.size() > KEEP) {
            list.remove(0);
        }
        lines.put(memberId, List.copyOf(list));
    }

    /** The member's latest {@code n} movements, newest first. */
    public List<Movement> latest(String memberId, int n) {
        List<Movement> all = lines.get(memberId).orElse(List.of());
        List<Movement> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < n; i--) {
            out.add(all.get(i));
        }
        return out;
    }

    private static String encode(List<Movement> list) {
        List<Object> out = new ArrayList<>();
        for (Movement m : list) {
            out.add(Payload.builder().put("id", m.eventId()).put("at", m.at()).put("kind", m.kind().name()).put("minutes", m.minutes())
                    .put("other", m.other()).put("ref", m.ref()).put("proxy", m.proxyId()).map());
        }
        return Payload.builder().put("lines", out).encode();
    }

    private static List<Movement> decode(String row) {
        List<Movement> out = new ArrayList<>();
        for (Object o : Payload.parse(row).list("lines")) {
            Payload p = Payload.of(o);
            out.add(new Movement(p.str("id"), p.num("at"), MovementKind.valueOf(p.str("kind")), p.num("minutes"), p.str("other"),
                    p.optStr("ref").orElse(null), p.optStr("proxy").orElse(null)));
        }
        return List.copyOf(out);
    }
}
