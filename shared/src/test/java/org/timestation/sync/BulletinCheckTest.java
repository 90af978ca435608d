package org.timestation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.timestation.communitylog.Ed25519Keys;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.MerkleTree;
import org.timestation.ledger.NodeIdentity;

/**
 * A bulletin's QR held to a station: the real checkpoint of a month matches the log the station holds now
 * (a consistency proof from the hub); one whose size or root was altered, one signed by another
 * community's hub, or a log rewritten since does not; a station that has not synced that far, or cannot
 * reach the hub, says to try later.
 */
class BulletinCheckTest {
    static final String ORIGIN = "timestation/admin";
    final MerkleTree tree = new MerkleTree();
    NodeIdentity hub;
    HubLink link;
    BulletinCheck.Proofs proofs;

    @BeforeEach
    void aLogOfOneHundredEvents() {
        hub = NodeIdentity.generate("admin", new SecureRandom());
        link = new HubLink(URI.create("https://127.0.0.1:8443/"), new byte[32], "admin", ORIGIN, Ed25519Keys.raw(hub.publicKey()));
        for (int i = 0; i < 100; i++) {
            tree.append(("event " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        proofs = (from, to) -> Optional.of(tree.consistencyProof(from, to));
    }

    /** The QR text of a bulletin whose checkpoint is the log at {@code size}, signed by {@code by}. */
    private String signed(long size, NodeIdentity by) {
        return BulletinCheck.qr(new LogCheckpoint(ORIGIN, size, tree.root(size)).signedBy(ORIGIN, by).text());
    }

    private Optional<String> stationHolds(long size) {
        return Optional.of(new LogCheckpoint(ORIGIN, size, tree.root(size)).body());
    }

    @Test
    void theMonthsCheckpointMatchesTheLogAsItGrewSince() {
        String bulletin = signed(60, hub);
        assertThat(bulletin).as("one line of ASCII: a scanner in keyboard or serial mode passes it whole").matches("TSB1\\.[A-Za-z0-9_-]+");
        assertThat(BulletinCheck.looksLike(bulletin)).isTrue();
        assertThat(BulletinCheck.looksLike("TSM1.member-code")).isFalse();
        assertThat(BulletinCheck.check(bulletin, link, stationHolds(100), proofs).verdict()).isEqualTo(BulletinCheck.Verdict.MATCHES);
        assertThat(BulletinCheck.check(bulletin, link, stationHolds(60), proofs).verdict()).isEqualTo(BulletinCheck.Verdict.MATCHES);
    }

    @Test
    void anAlteredOrForeignCheckpointOrARewrittenLogDoesNotMatch() {
        String bulletin = signed(60, hub);
        String otherSize = BulletinCheck.qr(BulletinCheck.note(bulletin).orElseThrow().replaceFirst("\n60\n", "\n61\n"));
        assertThat(BulletinCheck.check(otherSize, link, stationHolds(100), proofs).verdict()).isEqualTo(BulletinCheck.Verdict.DOES_NOT_MATCH);
        assertThat(BulletinCheck.check("TSB1.!!not-base64", link, stationHolds(100), proofs).verdict()).isEqualTo(BulletinCheck.Verdict.DOES_NOT_MATCH);
        String foreign = signed(60, NodeIdentity.generate("admin", new SecureRandom()));
        assertThat(BulletinCheck.check(foreign, link, stationHolds(100), proofs).verdict()).isEqualTo(BulletinCheck.Verdict.DOES_NOT_MATCH);

        MerkleTree rewritten = new MerkleTree(); // the same first 59 events, the 60th changed, then more
        for (int i = 0; i < 100; i++) {
            rewritten.append(("event " + (i == 59 ? "changed" : i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Optional<String> heldNow = Optional.of(new LogCheckpoint(ORIGIN, 100, rewritten.root(100)).body());
        BulletinCheck.Result r = BulletinCheck.check(bulletin, link, heldNow, (from, to) -> Optional.of(rewritten.consistencyProof(from, to)));
        assertThat(r.verdict()).isEqualTo(BulletinCheck.Verdict.DOES_NOT_MATCH);
        assertThat(BulletinCheck.check(bulletin, link, Optional.of(new LogCheckpoint(ORIGIN, 60, rewritten.root(60)).body()), proofs).verdict())
                .isEqualTo(BulletinCheck.Verdict.DOES_NOT_MATCH);
    }

    @Test
    void aStationThatHasNotSyncedThatFarOrCannotReachTheHubSaysToTryLater() {
        String bulletin = signed(60, hub);
        assertThat(BulletinCheck.check(bulletin, link, stationHolds(40), proofs).verdict()).isEqualTo(BulletinCheck.Verdict.CANNOT_CHECK_NOW);
        assertThat(BulletinCheck.check(bulletin, link, Optional.empty(), proofs).verdict()).isEqualTo(BulletinCheck.Verdict.CANNOT_CHECK_NOW);
        assertThat(BulletinCheck.check(bulletin, link, stationHolds(100), (from, to) -> Optional.empty()).verdict())
                .isEqualTo(BulletinCheck.Verdict.CANNOT_CHECK_NOW);
        assertThat(BulletinCheck.check(bulletin, link, stationHolds(100), (from, to) -> Optional.of(List.of())).verdict())
                .as("an empty proof for different sizes proves nothing").isEqualTo(BulletinCheck.Verdict.DOES_NOT_MATCH);
    }
}
