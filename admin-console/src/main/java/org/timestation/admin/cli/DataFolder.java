package org.timestation.admin.cli;

import java.nio.file.Path;
import org.timestation.ledger.h2.H2EventStore;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that work on an existing ledger. */
final class DataFolder {
    @Option(names = "--data", required = true, description = "data folder holding the ledger")
    Path path;

    H2EventStore openExisting() {
        return H2EventStore.openExisting(path);
    }
}
