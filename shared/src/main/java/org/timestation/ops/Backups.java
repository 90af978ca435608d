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
        return take(source, node, dir, keep, clock, 0);
    }

    /**
     * Takes a backup of {@code node}'s folder into {@code dir}, then keeps the newest {@code keep}; refused before it
     * starts when writing about {@code folderBytes} twice over (the pieces, then the zip) would leave the disk below the
     * disk guard's floor: a backup is never what fills a station's disk.
     */
    public static Taken take(Source source, String node, Path dir, int keep, Clock clock, long folderBytes) {
        if (keep < 1) {
            throw new IllegalArgumentException("--keep 至少是 1。 / --keep must be at least 1.");
        }
        try {
            Files.createDirectories(dir);
            org.timestation.disk.DiskGuard.requireRoomFor(dir, 2 * folderBytes);
            clearParts(dir, node); // a backup stopped half-way (a power cut) left its part files: they are nobody's
            Path target = dir.resolve("ledger-" + node + "-" + STAMP.format(clock.instant()) + ".zip");
            Path part = dir.resolve("." + target.getFileName() + ".part");
            Files.createFile(part, ownerOnly()); // readable by the station's account alone, wherever the folder is
            List<Path> pieces = new ArrayList<>();
            try {
                for (String file : source.files()) {
                    Path piece = dir.resolve("." + target.getFileName() + "." + file + ".part");
                    Files.deleteIfExists(piece);
                    pieces.add(piece);
                    source.backup(file, piece);
                }
                try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                     ZipOutputStream zip = new ZipOutputStream(out)) {
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

    /** {@code node}'s backups in {@code dir}, oldest first (exactly its own: node {@code station} is not {@code station-2}). */
    public static List<Path> list(Path dir, String node) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        java.util.regex.Pattern mine = java.util.regex.Pattern.compile(zipName(node));
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> mine.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /** The bytes of the database files a backup of {@code data} copies. */
    public static long sizeOf(Path data) {
        return FILES.stream().mapToLong(f -> Math.max(0, bytes(data.resolve(f)))).sum();
    }

    /** A file's size in bytes; -1 when it is not there or cannot be measured. */
    static long bytes(Path f) {
        try {
            return Files.exists(f) ? Files.size(f) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The name of {@code node}'s backup zips as a pattern: {@code ledger-NODE-yyyyMMdd-HHmmss.zip}. */
    private static String zipName(String node) {
        return "ledger-" + java.util.regex.Pattern.quote(node) + "-\\d{8}-\\d{6}\\.zip";
    }

    private static void clearParts(Path dir, String node) throws IOException {
        java.util.regex.Pattern part = java.util.regex.Pattern.compile("\\." + zipName(node) + "\\..*part");
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.filter(p -> part.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
        try {
            return new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))};
        } catch (UnsupportedOperationException notPosix) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
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
