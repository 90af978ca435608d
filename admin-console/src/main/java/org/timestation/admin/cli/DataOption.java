package org.timestation.admin.cli;

import java.nio.file.Path;
import org.timestation.datafolder.DataFolder;
import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that work on an existing data folder. */
final class DataOption {
    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder holding the ledger and its keys")
    Path path;

    DataFolder folder() {
        if (java.nio.file.Files.exists(path) && !java.nio.file.Files.isDirectory(path)) {
            throw new IllegalArgumentException("--data 要写一个文件夹，“" + path + "”是一个文件。 / --data must be a folder; \"" + path + "\" is a file.");
        }
        return DataFolder.at(path);
    }
}
