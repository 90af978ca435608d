package org.timestation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.h2.H2EventStore;

/**
 * The bytes of the ledger do not change by accident. The demo community built with fixed options
 * ends every feed on the same head hash as it did when {@code golden/demo-heads.txt} was written, and
 * a station's data folder written by release 0.1 (H2 2.3.232, before events were typed) still opens
 * and verifies. An intended change of the encoding updates the golden file on purpose:
 * {@code -Dgolden.update=true}, and says so in its commit.
 */
class EncodingStabilityTest {
    static final DemoCommunity.Options GOLDEN = DemoCommunity.Options.of(60, 3, 7, LocalDate.of(2026, 6, 30));
    static final Path HEADS = Path.of("src/test/resources/golden/demo-heads.txt");
    static final Path RELEASE_0_1 = Path.of("src/test/resources/fixtures/release-0.1/station-a");

    @Test
    void theDemoLedgerEndsEveryFeedOnTheSameHeadHash() throws IOException {
        InMemoryEventStore store = new InMemoryEventStore();
        DemoCommunity.generate(store, GOLDEN);
        String heads = headsText(store.heads());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(HEADS.getParent());
            Files.writeString(HEADS, heads, StandardCharsets.UTF_8);
        }
        assertThat(heads).isEqualTo(Files.readString(HEADS, StandardCharsets.UTF_8));
    }

    @Test
    void aDataFolderWrittenByRelease01VerifiesReadOnlyAsItIs(@TempDir Path dir) throws IOException {
        copyFolder(RELEASE_0_1, dir);
        try (org.timestation.ledger.EventStore store = org.timestation.datafolder.DataFolder.at(dir).openReadOnly()) {
            VerificationReport report = Verifier.verify(store);
            assertThat(report.findings()).as("its events and signatures are intact; only its stored projection is of the older format")
                    .isNotEmpty().allMatch(f -> f.kind() == org.timestation.audit.Finding.Kind.PROJECTION);
            assertThat(report.events()).isEqualTo(4352);
        }
    }

    @Test
    void aDataFolderWrittenByRelease01OpensMigratesAndThenVerifies(@TempDir Path dir) throws IOException {
        copyFolder(RELEASE_0_1, dir);
        try (org.timestation.community.Community c = org.timestation.datafolder.DataFolder.at(dir).open(java.time.Clock.systemUTC())) {
            assertThat(c.notices()).as("the old projection was rebuilt, and the staff told").hasSize(1);
        }
        try (H2EventStore store = H2EventStore.open(dir)) {
            VerificationReport report = Verifier.verify(store);
            assertThat(report.intact()).as(report.summary()).isTrue();
            assertThat(report.events()).isEqualTo(4352);
            assertThat(headsText(store.heads())).isEqualTo(Files.readString(Path.of("src/test/resources/golden/release-0.1-heads.txt"),
                    StandardCharsets.UTF_8));
        }
    }

    static String headsText(Map<String, FeedHead> heads) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(heads).forEach((node, h) -> sb.append(node).append(' ').append(h.seq()).append(' ').append(h.hash().hex()).append('\n'));
        return sb.toString();
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }
}
