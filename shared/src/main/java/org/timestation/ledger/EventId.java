package org.timestation.ledger;

import java.util.Objects;

/** Identity of an event: its node's feed and its place in it. Written as {@code node/seq}. */
public record EventId(String nodeId, long seq) implements Comparable<EventId> {
    public EventId {
        Objects.requireNonNull(nodeId, "nodeId");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1, got " + seq);
        }
    }

    public static EventId parse(String text) {
        int slash = text == null ? -1 : text.lastIndexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("an event id looks like node/seq, got " + text);
        }
        return new EventId(text.substring(0, slash), Long.parseLong(text.substring(slash + 1)));
    }

    @Override
    public int compareTo(EventId o) {
        int c = nodeId.compareTo(o.nodeId);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }

    @Override
    public String toString() {
        return nodeId + "/" + seq;
    }
}
