package org.timestation.nodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;

/** Every act on a station ({@code node.state-changed}), in the order of the community's events, and its later keys ({@code node.key-rotated}). */
public final class NodeBook extends RowTable.Part {
    /** One act: which station, what it became, who decided, why, when. */
    public record Act(String eventId, String node, NodeState state, String operator, String reason, long at) {
    }

    private final RowTable<Act> acts = table("node-act", NodeBook::encode, NodeBook::decode);

    @Override
    public String prefix() {
        return "node.";
    }

    /** A station's later key, as the hub announced it ({@code node.key-rotated}, decision 0030). */
    public record KeyFrom(String eventId, String node, long fromSeq, String key) {
    }

    private final RowTable<KeyFrom> keys = table("node-key", NodeBook::encodeKey, NodeBook::decodeKey);

    @Override
    public void apply(Event e) {
        NodeEvent typed = NodeEvent.of(e);
        if (typed instanceof NodeEvent.StateChanged c) {
            acts.put(e.id().toString(), new Act(e.id().toString(), c.node(), c.state(), c.operator(), c.reason(), e.epochMillis()));
        } else if (typed instanceof NodeEvent.KeyRotated r) {
            keys.put(r.node() + "@" + r.fromSeq(), new KeyFrom(e.id().toString(), r.node(), r.fromSeq(), r.key()));
        }
    }

    /** Every later key announced, for any node. */
    public List<KeyFrom> laterKeys() {
        return keys.valuesCopy();
    }

    /** The later key announced for {@code node} from {@code fromSeq} on (base64 X.509), if any. */
    public Optional<KeyFrom> keyFrom(String node, long fromSeq) {
        return keys.get(node + "@" + fromSeq);
    }

    /** The acts on {@code node}, oldest first. */
    public List<Act> of(String node) {
        List<Act> out = new ArrayList<>();
        for (Act a : acts.values()) {
            if (a.node().equals(node)) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparingLong(Act::at).thenComparingLong(a -> org.timestation.ledger.EventId.parse(a.eventId()).seq()));
        return out;
    }

    /** What {@code node} is now by the acts (active when there are none). */
    public NodeState state(String node) {
        List<Act> all = of(node);
        return all.isEmpty() ? NodeState.ACTIVE : all.get(all.size() - 1).state();
    }

    /** The latest act on {@code node}, if any. */
    public Optional<Act> latest(String node) {
        List<Act> all = of(node);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static String encode(Act a) {
        return Payload.builder().put("id", a.eventId()).put("node", a.node()).put("state", a.state().name()).put("operator", a.operator())
                .put("reason", a.reason()).put("at", a.at()).encode();
    }

    private static Act decode(String row) {
        Payload p = Payload.parse(row);
        return new Act(p.str("id"), p.str("node"), NodeState.valueOf(p.str("state")), p.str("operator"), p.str("reason"), p.num("at"));
    }

    private static String encodeKey(KeyFrom k) {
        return Payload.builder().put("id", k.eventId()).put("node", k.node()).put("from", k.fromSeq()).put("key", k.key()).encode();
    }

    private static KeyFrom decodeKey(String row) {
        Payload p = Payload.parse(row);
        return new KeyFrom(p.str("id"), p.str("node"), p.num("from"), p.str("key"));
    }
}
