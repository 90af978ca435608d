package org.timestation.admin.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.timestation.datafolder.DataFolder;
import org.timestation.datafolder.KeyBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code keys export | import}: the station's key backup, encrypted under a passphrase (Argon2id, AES-256-GCM). */
@Command(name = "keys", description = {"密钥备份：导出（口令加密）或恢复 / The station's key backup: export (encrypted under a passphrase) or import."},
        subcommands = {KeysCommand.Export.class, KeysCommand.Import.class})
final class KeysCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw org.timestation.cli.BadArguments.missingSubcommand(spec);
    }

    /** The passphrase: from a file's first line (automation), or asked on the terminal without echo. */
    static final class Passphrase {
        @Option(names = "--passphrase-file", paramLabel = "FILE", description = "read the passphrase from the first line of this file "
                + "instead of asking for it")
        Path file;

        char[] read(picocli.CommandLine.Model.CommandSpec spec, boolean twice) {
            if (file != null) {
                try {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    if (lines.isEmpty() || lines.get(0).isEmpty()) {
                        throw new ParameterException(spec.commandLine(), "错误：口令文件是空的。 / Error: the passphrase file " + file + " is empty");
                    }
                    return lines.get(0).toCharArray();
                } catch (IOException e) {
                    throw new ParameterException(spec.commandLine(), "错误：无法读取口令文件。 / Error: cannot read the passphrase file " + file
                            + ": " + e.getMessage());
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new ParameterException(spec.commandLine(), "错误：请在终端里运行以输入口令，或用 --passphrase-file 给出。 / Error: run this in a terminal "
                        + "to type the passphrase, or give it with --passphrase-file FILE");
            }
            char[] first = console.readPassword("口令 / passphrase: ");
            if (twice) {
                char[] again = console.readPassword("再输一次 / again: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new ParameterException(spec.commandLine(), "错误：两次口令不一样，什么都没有写。 / Error: the two passphrases differ; nothing was written");
                }
            }
            return first == null ? new char[0] : first;
        }
    }

    @Command(name = "export", description = {"把本站的节点密钥和社区密钥写成加密备份（文件只有本人可读）/ Write the node key and the community keys, "
            + "encrypted under a passphrase, to a new file readable by its owner only."})
    static final class Export implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOption data;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file to write (must not exist yet)")
        Path out;

        @Mixin
        Passphrase passphrase;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new ParameterException(spec.commandLine(), "错误：文件已存在，不会覆盖。 / Error: " + out + " already exists and is never overwritten; "
                        + "give a new file name");
            }
            DataFolder.Keys keys = data.folder().keys();
            char[] pass = passphrase.read(spec, true);
            byte[] backup = KeyBackup.export(keys, pass, new SecureRandom());
            Arrays.fill(pass, ' ');
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.write(out, backup, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the backup is encrypted; a non-POSIX stick keeps the folder's own permissions
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("密钥备份已写入 / key backup written: %s (node %s)%n", out.toAbsolutePath(), keys.node().nodeId());
            o.println("请把口令写在纸上，和备份分开保管。/ Write the passphrase down and keep it apart from the backup.");
            return 0;
        }
    }

    @Command(name = "import", description = {"从备份恢复缺少的密钥文件（先核对账本，不覆盖已有文件）/ Restore missing key files from a backup "
            + "(checked against the ledger first; existing files are never overwritten)."})
    static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DataOption data;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "the backup file written by keys export")
        Path from;

        @Mixin
        Passphrase passphrase;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(from)) {
                throw new ParameterException(spec.commandLine(), "错误：找不到备份文件。 / Error: no backup file at " + from);
            }
            byte[] file = Files.readAllBytes(from);
            char[] pass = passphrase.read(spec, false);
            DataFolder.Keys keys = KeyBackup.read(file, pass);
            Arrays.fill(pass, ' ');
            List<String> written = data.folder().restoreKeys(keys);
            PrintWriter o = spec.commandLine().getOut();
            if (written.isEmpty()) {
                o.printf("密钥齐全，与备份一致，没有写任何文件 / every key is already there and matches the backup; nothing written (node %s)%n",
                        keys.node().nodeId());
            } else {
                o.printf("已恢复 / restored: %s (node %s)%n", String.join(", ", written), keys.node().nodeId());
            }
            return 0;
        }
    }
}
