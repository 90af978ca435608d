package org.timestation.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A keyed table of a projection whose changed rows are stored with the next commit batch: the
 * bookkeeping every projection part needs (values, changed keys, encoding to and from rows).
 */
public final class RowTable<V> {
    private final String kind;
    private final Function<V, String> encode;
    private final Function<String, V> decode;
    private final Map<String, V> rows = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();

    public RowTable(String kind, Function<V, String> encode, Function<String, V> decode) {
        this.kind = kind;
        this.encode = encode;
        this.decode = decode;
    }

    public Optional<V> get(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    public void put(String key, V value) {
        rows.put(key, value);
        dirty.add(key);
    }

    public Collection<V> values() {
        return rows.values();
    }

    public List<V> valuesCopy() {
        return new ArrayList<>(rows.values());
    }

    public void clear() {
        rows.clear();
        dirty.clear();
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        dirty.forEach(k -> out.put(new RowKey(kind, k), encode.apply(rows.get(k))));
        dirty.clear();
    }

    public void allRows(Map<RowKey, String> out) {
        rows.forEach((k, v) -> out.put(new RowKey(kind, k), encode.apply(v)));
    }

    /** Loads a stored row of this table's kind; returns the decoded value, or empty for another kind. */
    public Optional<V> load(RowKey key, String value) {
        if (!key.kind().equals(kind)) {
            return Optional.empty();
        }
        V v = decode.apply(value);
        rows.put(key.key(), v);
        return Optional.of(v);
    }

    /** A projection part made of row tables: clearing, draining, dumping and loading go to every table. */
    public abstract static class Part implements Projection {
        private final List<RowTable<?>> tables = new ArrayList<>();

        protected final <V> RowTable<V> table(String kind, Function<V, String> encode, Function<String, V> decode) {
            RowTable<V> t = new RowTable<>(kind, encode, decode);
            tables.add(t);
            return t;
        }

        /** Called after a row was loaded, so a part can rebuild its in-memory indexes. */
        protected void loaded(RowTable<?> table, String key, Object value) {
        }

        /** Called after the tables were cleared. */
        protected void cleared() {
        }

        @Override
        public final void clear() {
            tables.forEach(RowTable::clear);
            cleared();
        }

        @Override
        public final void drainDirtyRows(Map<RowKey, String> out) {
            tables.forEach(t -> t.drainDirtyRows(out));
        }

        @Override
        public final void allRows(Map<RowKey, String> out) {
            tables.forEach(t -> t.allRows(out));
        }

        @Override
        public final boolean load(RowKey key, String value) {
            for (RowTable<?> t : tables) {
                Optional<?> v = t.load(key, value);
                if (v.isPresent()) {
                    loaded(t, key.key(), v.get());
                    return true;
                }
            }
            return false;
        }
    }
}
