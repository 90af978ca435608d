package org.timestation.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A station's backups: one zip per backup, {@code ledger-NODE-YYYYMMDD-HHMMSS.zip}, holding the ledger
 * database ({@code ledger.mv.db}) and, on a hub, the community log's ({@code hub.mv.db}), each a
 * consistent copy taken while the app runs ({@code BACKUP TO}). A backup is written whole or not at all:
 * into a hidden part file, flushed to the disk, checked, then renamed into place in one step. The newest
 * {@code keep} are kept. Key files are never in a backup (they are backed up encrypted: {@code keys export}).
 */
public final class Backups {
    /** The database files a backup holds, in this order; the first is always there. */
    public static final List<String> FILES = List.of("ledger.mv.db", "hub.mv.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** One backup written. */
    public record Taken(Path file, long bytes) {
    }

    /**
     * Writes one database's consistent copy as a zip (H2's {@code BACKUP TO}) to the path given; for each of
     * {@link #FILES} that this folder has.
     */
    public interface Source {
        /** The databases this source backs up, by file name ({@code ledger.mv.db} first). */
        List<String> files();

        /** Writes {@code file}'s backup zip (one entry, the file) to {@code zip}. */
        void backup(String file, Path zip);
    }

    /** Takes a backup of {@code node}'s folder into {@code dir}, then keeps the newest {@code keep}. */
    public static Taken take(Source source, String node, Path dir, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("--keep 至少是 1。 / --keep must be at least 1.");
        }
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve("ledger-" + node + "-" + STAMP.format(clock.instant()) + ".zip");
            Path part = dir.resolve("." + target.getFileName() + ".part");
            List<Path> pieces = new ArrayList<>();
            try {
                for (String file : source.files()) {
                    Path piece = dir.resolve("." + target.getFileName() + "." + file + ".part");
                    Files.deleteIfExists(piece);
                    pieces.add(piece);
                    source.backup(file, piece);
                }
                try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE); ZipOutputStream zip = new ZipOutputStream(out)) {
                    for (int i = 0; i < pieces.size(); i++) {
                        copyEntry(pieces.get(i), source.files().get(i), zip);
                    }
                }
                try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                check(part);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                forceDirectory(dir);
            } finally {
                Files.deleteIfExists(part);
                for (Path p : pieces) {
                    Files.deleteIfExists(p);
                }
            }
            prune(dir, node, keep);
            return new Taken(target, Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("备份没有写成（" + e.getMessage() + "），已有的备份都还在。 / The backup was not written ("
                    + e.getMessage() + "); the backups already there are all kept.", e);
        }
    }

    private static void copyEntry(Path h2Zip, String file, ZipOutputStream to) throws IOException {
        try (ZipFile z = new ZipFile(h2Zip.toFile())) {
            ZipEntry e = z.stream().filter(x -> x.getName().endsWith(file)).findFirst()
                    .orElseThrow(() -> new IOException("the database's backup holds no " + file));
            to.putNextEntry(new ZipEntry(file));
            try (InputStream in = z.getInputStream(e)) {
                in.transferTo(to);
            }
            to.closeEntry();
        }
    }

    /** A backup zip that holds the ledger, readable to its end; refused in words otherwise. */
    public static void check(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry ledger = z.getEntry(FILES.get(0));
            if (ledger == null) {
                throw new IOException(zip.getFileName() + " holds no ledger.mv.db: it is not a Time Station backup");
            }
            for (ZipEntry e : z.stream().toList()) {
                try (InputStream in = z.getInputStream(e)) {
                    in.transferTo(OutputStream.nullOutputStream()); // every byte readable: the checksums hold
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(zip.getFileName() + " is not a whole zip file (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes all but the newest {@code keep} backups of {@code node} in {@code dir}. */
    public static void prune(Path dir, String node, int keep) throws IOException {
        List<Path> mine = list(dir, node);
        for (int i = 0; i < mine.size() - keep; i++) {
            Files.delete(mine.get(i));
        }
    }

    /** {@code node}'s backups in {@code dir}, oldest first. */
    public static List<Path> list(Path dir, String node) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("ledger-" + node + "-") && n.endsWith(".zip");
            }).sorted().toList();
        }
    }

    /** Unpacks a backup's database files into {@code into}; returns their names. */
    public static List<String> unpack(Path zip, Path into, Consumer<Path> beforeEach) throws IOException {
        check(zip);
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (!FILES.contains(e.getName())) {
                    continue; // only the database files, never a path of the zip's choosing
                }
                Path to = into.resolve(e.getName());
                beforeEach.accept(to);
                Files.copy(z, to, StandardCopyOption.REPLACE_EXISTING);
                out.add(e.getName());
            }
        }
        return out;
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be flushed; the rename is atomic either way
        }
    }
}
