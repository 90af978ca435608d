package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.timestation.communitylog.Ed25519Keys;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.MerkleTree;
import org.timestation.datafolder.DataFolder;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.ledger.NodeIdentity;
import org.timestation.sync.HubLink;
import org.timestation.sync.StationSync;

/**
 * A resident holds the monthly bulletin's QR code to the scanner at the attract screen, nobody signed in:
 * the station says in large words that it matches the community's ledger; an altered one, or one from
 * another community, does not (tell staff); one from further than this station has synced cannot be
 * checked now.
 */
class BulletinCheckFlowTest extends KioskFlowTest {
    static final String ORIGIN = "timestation/admin";
    static final NodeIdentity HUB = NodeIdentity.generate("admin", new SecureRandom());
    static final MerkleTree LOG = new MerkleTree();

    static {
        for (int i = 0; i < 100; i++) {
            LOG.append(("event " + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    protected KioskConfig config() {
        if (HubLink.of(data()).isEmpty()) { // enrolled with a hub that is away, having witnessed its log at 100 entries
            new HubLink(URI.create("https://127.0.0.1:1/"), new byte[32], "admin", ORIGIN, Ed25519Keys.raw(HUB.publicKey())).save(data());
            try (var c = DataFolder.at(data()).open(java.time.Clock.systemUTC())) {
                c.store().putNodeState(StationSync.LAST_CHECKPOINT, new LogCheckpoint(ORIGIN, 100, LOG.root(100)).body());
            }
        }
        return super.config();
    }

    /** What the bulletin screen says in large words, or "" while it is not showing. */
    private static String verdict(FxRobot robot) {
        return SignInFlowTest.visible(robot, "bulletin-verdict") ? text(robot, "bulletin-verdict") : "";
    }

    private static String bulletin(long size, NodeIdentity signer) {
        return org.timestation.sync.BulletinCheck.qr(new LogCheckpoint(ORIGIN, size, LOG.root(size)).signedBy(ORIGIN, signer).text());
    }

    @Test
    void aBulletinHeldToTheScannerIsCheckedAgainstTheLedgerWithoutSigningIn(FxRobot robot) {
        shell.devices().scanned(bulletin(100, HUB));
        waitUntil(() -> verdict(robot).contains("一致") && !verdict(robot).contains("不一致"));
        assertThat(text(robot, "bulletin-detail")).contains("100");
        assertThat(shell.session().signedIn()).isFalse();
        Screenshots.saveFitting(stage.getScene(), "bulletin-check-zh");
        robot.clickOn("#bulletin-done");
        waitUntil(() -> SignInFlowTest.visible(robot, "attract-pin"));

        shell.devices().scanned(org.timestation.sync.BulletinCheck.qr(org.timestation.sync.BulletinCheck.note(bulletin(100, HUB)).orElseThrow()
                .replaceFirst("\n100\n", "\n99\n")));
        waitUntil(() -> verdict(robot).contains("不一致"));
        assertThat(text(robot, "bulletin-detail")).contains("工作人员");
        robot.clickOn("#bulletin-done");

        shell.devices().scanned(bulletin(100, NodeIdentity.generate("admin", new SecureRandom())));
        waitUntil(() -> verdict(robot).contains("不一致"));
        robot.clickOn("#bulletin-done");

        shell.devices().scanned(bulletin(60, HUB)); // older than what the station holds: the hub must prove it, and it is away
        waitUntil(() -> verdict(robot).contains("不能核对"));
        assertThat(shell.session().signedIn()).isFalse();
    }
}
