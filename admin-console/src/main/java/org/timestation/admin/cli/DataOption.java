package org.timestation.admin.cli;

import java.nio.file.Path;
import org.timestation.datafolder.DataFolder;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that work on an existing data folder. */
final class DataOption {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder holding the ledger and its keys")
    Path path;

    DataFolder folder() {
        return DataFolder.at(path);
    }
}
