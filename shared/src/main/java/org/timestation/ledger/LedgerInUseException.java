package org.timestation.ledger;

import java.nio.file.Path;

/** The ledger is open in another program (the kiosk or the console is running on the same folder). */
public final class LedgerInUseException extends LedgerStorageException {
    private final transient Path folder;

    public LedgerInUseException(Path folder, Throwable cause) {
        super("the ledger in " + folder + " is open in another program", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
