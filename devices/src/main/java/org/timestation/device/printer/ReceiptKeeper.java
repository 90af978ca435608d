package org.timestation.device.printer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.timestation.device.ReceiptPrinter.Receipt;

/**
 * Receipts that could not print, kept in the data folder ({@code receipts-kept/}) until staff
 * reprint them from the devices screen, so a paper-out never loses a resident's voucher. One small
 * properties file per receipt, written whole (temporary file, then renamed). Without a folder
 * (tests) they are kept in memory.
 */
public final class ReceiptKeeper {
    /** A kept receipt: its id (file name) and when it was kept. */
    public record Kept(String id, Instant at, Receipt receipt) {
    }

    private final Path dir;
    private final List<Kept> memory = new ArrayList<>();
    private long counter;

    public ReceiptKeeper(Path dir) {
        this.dir = dir;
    }

    public static ReceiptKeeper inMemory() {
        return new ReceiptKeeper(null);
    }

    public synchronized Kept keep(Receipt r, Instant at) {
        String id = at.toEpochMilli() + "-" + (++counter);
        Kept k = new Kept(id, at, r);
        if (dir == null) {
            memory.add(k);
            return k;
        }
        Properties p = new Properties();
        p.setProperty("at", Long.toString(at.toEpochMilli()));
        p.setProperty("title", r.title());
        if (r.qr() != null) {
            p.setProperty("qr", r.qr());
        }
        p.setProperty("lines", Integer.toString(r.lines().size()));
        for (int i = 0; i < r.lines().size(); i++) {
            p.setProperty("line." + i, r.lines().get(i));
        }
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(id + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "a receipt that could not print / 未能打印的小票");
            }
            Files.move(tmp, dir.resolve(id + ".receipt"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return k;
    }

    /** Every kept receipt, oldest first; unreadable files are skipped (and left for staff to look at). */
    public synchronized List<Kept> kept() {
        if (dir == null) {
            return List.copyOf(memory);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Kept> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".receipt")).sorted().toList()) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(java.util.Comparator.comparing(Kept::at).thenComparing(Kept::id));
        return out;
    }

    private static java.util.Optional<Kept> read(Path f) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            int n = Integer.parseInt(p.getProperty("lines", "0"));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(p.getProperty("line." + i, ""));
            }
            String id = f.getFileName().toString().replace(".receipt", "");
            return java.util.Optional.of(new Kept(id, Instant.ofEpochMilli(Long.parseLong(p.getProperty("at"))),
                    new Receipt(p.getProperty("title", ""), lines, p.getProperty("qr"))));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Forgets a receipt once it has printed. */
    public synchronized void done(String id) {
        if (dir == null) {
            memory.removeIf(k -> k.id().equals(id));
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(id + ".receipt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
