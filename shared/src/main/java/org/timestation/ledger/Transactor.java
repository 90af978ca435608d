package org.timestation.ledger;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs commands and queries one at a time against the ledger and its projection. A write's events
 * are committed together when the outermost write returns; if it throws, none of them is kept and
 * the projection is as before. Nested writes join the outer one.
 */
public interface Transactor {
    <T> T write(Function<EventSink, T> work);

    <T> T read(Supplier<T> query);
}
