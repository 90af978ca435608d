package org.timestation.ledger;

import java.nio.file.Path;
import java.util.List;

/**
 * The ledger file's database schema is not the one the migrations create: something was added to
 * it (a trigger, a function alias, a view, a table or a column) or changed. Such a file is refused
 * before it is opened as a database, because H2 would run code stored in it.
 */
public final class LedgerSchemaException extends LedgerStorageException {
    private final transient List<String> unexpected;
    private final transient List<String> missing;

    public LedgerSchemaException(Path folder, List<String> unexpected, List<String> missing) {
        super("the ledger in " + folder + " has a database schema its migrations did not create" + (unexpected.isEmpty() ? "" : "; unexpected: "
                + unexpected) + (missing.isEmpty() ? "" : "; missing or changed: " + missing), null);
        this.unexpected = List.copyOf(unexpected);
        this.missing = List.copyOf(missing);
    }

    /** The stored statements that the migrations do not create. */
    public List<String> unexpected() {
        return unexpected;
    }

    public List<String> missing() {
        return missing;
    }
}
