package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.ledger.RowKey;
import org.timestation.ledger.h2.H2EventStore;

/**
 * Kills a writing process with SIGKILL at random moments and checks after each kill that every
 * commit it reported is there, the chain is intact and the stored projection equals a rebuild.
 */
@Tag("slow")
class CrashSafetyTest {
    static final int KILLS = 20;

    @Test
    void aKilledWriterLosesNoCommittedEventAndLeavesNoTornOne(@TempDir Path dir) throws Exception {
        Random random = new Random(20261122);
        long lastReported = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), dir.toString())
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            AtomicLong reported = new AtomicLong(lastReported);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("committed ")) {
                            reported.set(Long.parseLong(line.substring(10)));
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the pipe breaks when the child is killed
                }
            });
            reader.start();
            // wait until the child is writing, then kill it at a random moment
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (reported.get() == lastReported && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(reported.get()).as("round %d: the writer committed something", round).isGreaterThan(lastReported);
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly(); // SIGKILL on Unix
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            long committed = reported.get();

            // reopening as the node seals a tail the crash left unsigned, as a restarted kiosk does
            org.timestation.datafolder.DataFolder.at(dir).open(java.time.Clock.systemUTC()).close();
            try (H2EventStore store = H2EventStore.open(dir)) {
                long head = store.head("crash-node").seq();
                assertThat(head).as("round %d: every reported commit survived", round).isGreaterThanOrEqualTo(committed);
                VerificationReport report = Verifier.verify(store);
                assertThat(report.intact()).as("round %d: %s", round, report.summary()).isTrue();
                SortedMap<RowKey, String> stored = new java.util.TreeMap<>();
                store.forEachProjectionRow(stored::put);
                assertThat(stored).isEqualTo(CommunityState.rebuild(store).rows());
                lastReported = head;
            }
        }
    }
}
