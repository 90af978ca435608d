package org.timestation.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.timestation.demo.DemoCommunity;
import org.timestation.ledger.h2.H2EventStore;

/**
 * The shared 1,000,000-event store of the benchmarks: the demo community, built once (deterministic,
 * a few minutes) into {@code -Dbench.data} (default {@code benchmarks/target/ledger-1m}) and reused.
 */
final class BigLedger {
    static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    /** 6,000 members, 26 months, 114 operations per station per day: about 1,000,000 events. (Since the demo's stations
     * close at 20:00, a busy station's services overlap; 73 a day, the setting before, gave 75,545 events once the
     * stations closed and 1,003,459 before.) */
    static final DemoCommunity.Options OPTIONS = new DemoCommunity.Options(6000, 26, 1, LocalDate.of(2026, 11, 1), 114);

    private BigLedger() {
    }

    /** Deletes a benchmark's temporary store (several GB after a trial: never leave them in /tmp). */
    static void deleteTree(Path dir) throws java.io.IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static Path ensure() {
        FLYWAY.setLevel(Level.WARNING);
        Path dir = Path.of(System.getProperty("bench.data", "benchmarks/target/ledger-1m")).toAbsolutePath();
        if (H2EventStore.exists(dir)) {
            long events;
            try (H2EventStore old = H2EventStore.openExisting(dir)) {
                events = old.eventCount();
            }
            if (events < 900_000) { // built by an earlier setting (75,545 events once the demo's stations closed at 20:00)
                System.err.printf("%s holds %d events, not a million: building it again%n", dir, events);
                try {
                    deleteTree(dir);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        if (!H2EventStore.exists(dir)) {
            long t0 = System.nanoTime();
            DemoCommunity.Summary s = DemoCommunity.generate(dir, OPTIONS, DemoCommunity.ADMIN_NODE);
            System.err.printf("built %s: %d events in %.0f s%n", dir, s.events(), (System.nanoTime() - t0) / 1e9);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no benchmark ledger at " + dir);
        }
        return dir;
    }
}
