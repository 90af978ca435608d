package org.timestation.policy;

import java.util.Map;
import java.util.function.Supplier;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.RowKey;

/**
 * The policy projection: {@link Policy#DEFAULT} until a {@code policy.changed} event says otherwise,
 * and since when the rules in force apply (the last change's time, who made it and why).
 */
public final class PolicyHolder implements Supplier<Policy> {
    private static final RowKey ROW = new RowKey("policy", "current");
    /** The last change: it applies from {@code at} (epoch ms) to every act after it. */
    public record Since(long at, String operator, String reason) {
    }

    private Policy current = Policy.DEFAULT;
    private Since since;
    private boolean dirty;
    private boolean everChanged;

    @Override
    public Policy get() {
        return current;
    }

    /** The last change, or empty while the defaults apply. */
    public java.util.Optional<Since> since() {
        return java.util.Optional.ofNullable(since);
    }

    public void apply(Event e) {
        PolicyEvent.Changed changed = (PolicyEvent.Changed) PolicyEvent.of(e);
        current = changed.policy();
        since = new Since(e.epochMillis(), changed.operator(), changed.reason());
        dirty = true;
        everChanged = true;
    }

    public void clear() {
        current = Policy.DEFAULT;
        since = null;
        dirty = false;
        everChanged = false;
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        if (dirty) {
            out.put(ROW, row());
            dirty = false;
        }
    }

    public void allRows(Map<RowKey, String> out) {
        if (everChanged) {
            out.put(ROW, row());
        }
    }

    /** The rules, and beside them (under names no rule has) since when they apply. */
    private String row() {
        Map<String, Object> m = new java.util.TreeMap<>(current.toMap());
        if (since != null) {
            m.put("_since", since.at());
            m.put("_by", since.operator());
            m.put("_why", since.reason());
        }
        return CanonicalJson.encode(m);
    }

    public boolean load(RowKey key, String value) {
        if (!key.equals(ROW)) {
            return false;
        }
        Map<String, Object> m = CanonicalJson.parseObject(value);
        current = Policy.fromMap(m);
        since = m.get("_since") instanceof Number at && m.get("_by") instanceof String by && m.get("_why") instanceof String why
                ? new Since(at.longValue(), by, why) : null;
        everChanged = true;
        return true;
    }
}
