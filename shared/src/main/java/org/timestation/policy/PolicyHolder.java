package org.timestation.policy;

import java.util.Map;
import java.util.function.Supplier;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.RowKey;

/** The policy projection: {@link Policy#DEFAULT} until a {@code policy.changed} event says otherwise. */
public final class PolicyHolder implements Supplier<Policy> {
    private static final RowKey ROW = new RowKey("policy", "current");
    private Policy current = Policy.DEFAULT;
    private boolean dirty;
    private boolean everChanged;

    @Override
    public Policy get() {
        return current;
    }

    public void apply(Event e) {
        current = ((PolicyEvent.Changed) PolicyEvent.of(e)).policy();
        dirty = true;
        everChanged = true;
    }

    public void clear() {
        current = Policy.DEFAULT;
        dirty = false;
        everChanged = false;
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        if (dirty) {
            out.put(ROW, CanonicalJson.encode(current.toMap()));
            dirty = false;
        }
    }

    public void allRows(Map<RowKey, String> out) {
        if (everChanged) {
            out.put(ROW, CanonicalJson.encode(current.toMap()));
        }
    }

    public boolean load(RowKey key, String value) {
        if (!key.equals(ROW)) {
            return false;
        }
        current = Policy.fromMap(CanonicalJson.parseObject(value));
        everChanged = true;
        return true;
    }
}
