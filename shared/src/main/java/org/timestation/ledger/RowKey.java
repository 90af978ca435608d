package org.timestation.ledger;

import java.util.Comparator;
import java.util.Objects;

/** Key of one stored projection row: a kind ({@code account}, {@code member}, …) and a key within it. */
public record RowKey(String kind, String key) implements Comparable<RowKey> {
    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::kind).thenComparing(RowKey::key);

    public RowKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public int compareTo(RowKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return kind + ":" + key;
    }
}
