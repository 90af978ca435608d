package org.timestation.ledger;

import java.nio.file.Path;

/**
 * The ledger was written by a newer release of Time Station than this one (its migration history goes further
 * than this build knows): opening it could misread what the newer release wrote, so it is not opened at all.
 */
public final class LedgerFromNewerReleaseException extends LedgerStorageException {
    private final transient Path folder;
    private final String stored;
    private final String known;

    public LedgerFromNewerReleaseException(Path folder, String stored, String known) {
        super("the ledger in " + folder + " was written by a newer release (ledger schema " + stored + "; this release knows up to " + known + ")", null);
        this.folder = folder;
        this.stored = stored;
        this.known = known;
    }

    public Path folder() {
        return folder;
    }

    public String stored() {
        return stored;
    }

    public String known() {
        return known;
    }
}
