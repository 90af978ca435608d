package org.timestation.admin.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.audit.Finding;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.NodeKeys;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.sync.EnrollmentCode;
import org.timestation.sync.HubLink;
import org.timestation.sync.StationSync;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * A station whose disk died is re-created on a new machine from the hub (decision 0030): a recovery
 * code, a new key that signs its feed from the seq after what the hub held, its own feed taken back,
 * and its work going on at the right seq, never as a fork. Every node and {@code verify} accept the
 * new key, codes it printed before still work, the old machine can no longer push, and a key row
 * planted in a data folder without the hub's announcement is found.
 */
class RecoveryTest {
    @TempDir
    static Path dir;
    static LoopbackHub loopback;
    static Hub hub;

    @BeforeAll
    static void start() {
        loopback = new LoopbackHub(dir.resolve("hub"));
        hub = loopback.hub;
    }

    @AfterAll
    static void stop() {
        loopback.close();
    }

    static EnrollmentCode code(String node, boolean recover) {
        EnrollTokens.Issued t = hub.tokens().issue(node, "幸福里驿站", Duration.ofHours(1), recover, new SecureRandom());
        return new EnrollmentCode(loopback.uri, loopback.tls.fingerprint(), t.tokenId(), t.secret(), node, t.expiresAt());
    }

    static void ok(StationSync.Outcome o) {
        assertThat(o.exit()).as(o.message().en()).isZero();
    }

    /** A station enrolled, with some work of its own at the hub: returns its head seq there. */
    static long enrolledWithWork(String node, Path folder) {
        ok(StationSync.enroll(folder, code(node, false), Clock.systemUTC(), new SecureRandom()));
        try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) {
            c.credits().reward(c.members().all().get(1).id(), Minutes.of(30), "陪诊 escort", "staff-1");
            c.credits().reward(c.members().all().get(2).id(), Minutes.of(15), "读报 reading", "staff-1");
            ok(StationSync.round(c, folder, Clock.systemUTC()));
            return c.store().head(node).seq();
        }
    }

    static void deleteFolder(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void intact(Community c) {
        c.seal(); // checkpoints are sparse (decision 0008): the feed's tail is signed at the end of a batch
        VerificationReport r = Verifier.verify(c.store(), Clock.systemUTC(), c.nodeId()::equals);
        assertThat(r.findings()).as("verify at " + c.nodeId()).isEmpty();
    }

    @Test
    void aStationWhoseDiskDiedIsRestoredFromTheHubAndGoesOnWithoutAFork() throws Exception {
        Path old = dir.resolve("r-old");
        long held = enrolledWithWork("station-r", old);
        Path other = dir.resolve("o");
        enrolledWithWork("station-o", other);
        String memberCode;
        String member;
        try (Community c = DataFolder.at(old).open(Clock.systemUTC())) {
            member = c.members().all().get(3).id();
            memberCode = c.memberCodes().codeFor(member); // printed on a slip before the disk died
            c.credits().reward(member, Minutes.of(10), "never pushed", "staff-1"); // lost with the disk
        }
        Path copyOfOld = dir.resolve("r-stolen");
        copyFolder(old, copyOfOld);
        deleteFolder(old); // the disk dies

        Path fresh = dir.resolve("r-new");
        StationSync.Outcome restored = StationSync.restore(fresh, code("station-r", true), Clock.systemUTC(), new SecureRandom());
        ok(restored);
        assertThat(Files.exists(fresh.resolve(DataFolder.JOINING_KEY))).as("the joining key is in the key files now").isFalse();
        try (Community c = DataFolder.at(fresh).open(Clock.systemUTC())) {
            assertThat(c.takingOwnFeedBack()).isFalse();
            assertThat(c.store().head("station-r").seq()).as("its own feed, taken back").isEqualTo(held);
            for (long s = 1; s <= held; s++) {
                EventId id = new EventId("station-r", s);
                assertThat(c.store().event(id).map(Event::hash)).isEqualTo(hub.community().store().event(id).map(Event::hash));
            }
            NodeKeys keys = c.store().nodeKeyHistory();
            assertThat(keys.of("station-r").keySet()).containsExactly(1L, held + 1);
            assertThat(keys.current("station-r")).isEqualTo(DataFolder.at(fresh).keys().node().publicKey());
            assertThat(c.memberCodes().identify(memberCode).memberId()).as("a code the old key signed still works").isEqualTo(member);
            // its work goes on at the right seq, and the hub takes it: no fork
            c.credits().reward(c.members().all().get(4).id(), Minutes.of(20), "修水管 plumbing", "staff-1");
            assertThat(c.store().head("station-r").seq()).isEqualTo(held + 1);
            ok(StationSync.round(c, fresh, Clock.systemUTC()));
            assertThat(hub.community().store().head("station-r").seq()).isEqualTo(held + 1);
            assertThat(hub.nodes().get("station-r").orElseThrow().state()).isEqualTo(HubNodes.State.ACTIVE);
            assertThat(hub.community().<java.util.Optional<org.timestation.nodes.NodeBook.KeyFrom>>inspect(s -> s.nodes().keyFrom("station-r", held + 1))).as("announced in the hub's feed").isPresent();
            intact(c);
            try (Community o = DataFolder.at(other).open(Clock.systemUTC())) {
                ok(StationSync.round(o, other, Clock.systemUTC())); // another station learns the new key and takes the new work
                assertThat(o.store().head("station-r").seq()).isEqualTo(held + 1);
                assertThat(o.store().nodeKeyHistory().of("station-r").keySet()).containsExactly(1L, held + 1);
                assertThat(o.memberCodes().identify(memberCode).memberId()).isEqualTo(member);
                intact(o);
                ok(StationSync.round(c, fresh, Clock.systemUTC()));
                SameState.assertSameState(hub, c, o);
            }
        }
        assertThat(Verifier.verify(hub.community().store(), Clock.systemUTC(), hub.community().nodeId()::equals).findings()).isEmpty();

        // the old machine (a copy someone kept, or the old disk back to life) can no longer push: its key is not the station's now
        long before = hub.community().store().head("station-r").seq();
        try (Community c = DataFolder.at(copyOfOld).open(Clock.systemUTC())) {
            StationSync.Outcome refused = StationSync.round(c, copyOfOld, Clock.systemUTC());
            assertThat(refused.exit()).as(refused.message().en()).isEqualTo(1);
        }
        assertThat(hub.community().store().head("station-r").seq()).isEqualTo(before);
    }

    @Test
    void aStationRestoredFromItsOwnOlderBackupWithTimestationCtlIsRefusedByTheHubAsARollback() throws Exception {
        Path folder = dir.resolve("ctl-station");
        enrolledWithWork("station-b1", folder);
        Path backups = dir.resolve("ctl-backups");
        picocli.CommandLine ctl = org.timestation.ops.CtlMain.commandLine();
        ctl.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        java.io.StringWriter said = new java.io.StringWriter();
        ctl.setErr(new java.io.PrintWriter(said, true));
        assertThat(ctl.execute("backup", "--data", folder.toString(), "--to", backups.toString())).as(said.toString()).isZero();
        try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) { // more work, synced: the hub holds it
            c.credits().reward(c.members().all().get(3).id(), Minutes.of(20), "整理图书 library", "staff-1");
            ok(StationSync.round(c, folder, Clock.systemUTC()));
        }
        java.io.StringWriter out = new java.io.StringWriter();
        ctl.setOut(new java.io.PrintWriter(out, true));
        Path backup = org.timestation.ops.Backups.list(backups, "station-b1").get(0);
        assertThat(ctl.execute("restore", "--data", folder.toString(), "--from", backup.toString())).as(said.toString()).isZero();
        assertThat(out.toString()).as("the technician is told the hub will refuse it").contains("recover from the hub");
        try (Community c = DataFolder.at(folder).open(Clock.systemUTC())) { // the restored copy works on, then syncs
            c.credits().reward(c.members().all().get(4).id(), Minutes.of(10), "读报 reading", "staff-1");
            StationSync.Outcome o = StationSync.round(c, folder, Clock.systemUTC());
            assertThat(o.exit()).as("refused, not \"in sync\" with the hub's other event at the same seq: " + o.message().en()).isNotZero();
            assertThat(o.code()).isEqualTo("rollback");
            assertThat(o.message().en()).contains("kiosk.jar restore");
        }
    }

    @Test
    void aRecoveryCodeWorksOnlyWithRestoreForItsStationAndOnce() throws Exception {
        enrolledWithWork("station-k", dir.resolve("c"));
        EnrollmentCode plain = code("station-k2", false);
        StationSync.Outcome wrongWay = StationSync.restore(dir.resolve("c-plain"), plain, Clock.systemUTC(), new SecureRandom());
        assertThat(wrongWay.exit()).isEqualTo(1);
        assertThat(wrongWay.message().en()).contains("does not know station station-k2").contains("enroll without --recover");
        StationSync.Outcome plainForKnown = StationSync.restore(dir.resolve("c-plain2"), code("station-k", false), Clock.systemUTC(), new SecureRandom());
        assertThat(plainForKnown.message().en()).contains("recovery code is wrong");
        EnrollmentCode recovery = code("station-k", true);
        StationSync.Outcome asEnroll = StationSync.enroll(dir.resolve("c-enroll"), recovery, Clock.systemUTC(), new SecureRandom());
        assertThat(asEnroll.exit()).isEqualTo(1);
        assertThat(asEnroll.message().en()).contains("recovery code (use it with kiosk.jar restore)");
        // neither was used up by the wrong command
        ok(StationSync.enroll(dir.resolve("k2"), plain, Clock.systemUTC(), new SecureRandom()));
        ok(StationSync.restore(dir.resolve("c-restored"), recovery, Clock.systemUTC(), new SecureRandom()));
        StationSync.Outcome again = StationSync.restore(dir.resolve("c-again"), recovery, Clock.systemUTC(), new SecureRandom());
        assertThat(again.exit()).as("used once").isEqualTo(1);
        assertThat(hub.community().store().nodeKeyHistory().of("station-k")).hasSize(2);
        // a station the hub holds nothing of has nothing to recover, and its code is kept for a proper enrollment
        hub.tokens().issue("station-e", null, Duration.ofHours(1), false, new SecureRandom());
        ok(StationSync.enroll(dir.resolve("e"), code("station-e", false), Clock.systemUTC(), new SecureRandom()));
        StationSync.Outcome nothing = StationSync.restore(dir.resolve("e-new"), code("station-e", true), Clock.systemUTC(), new SecureRandom());
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.message().en()).contains("holds no events of station station-e");
        assertThat(nothing.message().zh()).contains("没有可恢复的");
    }

    @Test
    void aLostAnswerIsAskedAgainWithTheSameKeyAndAStoppedRestoreGoesOn() throws Exception {
        long held = enrolledWithWork("station-l", dir.resolve("l"));
        Path fresh = dir.resolve("l-new");
        EnrollmentCode code = code("station-l", true);
        // the station's request reached the hub, its answer did not: the hub registered the key the folder keeps
        NodeIdentity kept = DataFolder.at(fresh).joiningIdentity("station-l", new SecureRandom());
        Hub.Enrolled first = hub.recover(code.tokenId(), code.secret(), "station-l", kept.publicKey());
        assertThat(first.ownKeys().of("station-l").keySet()).containsExactly(1L, held + 1);
        // a stop after the folder was set up, before the feed came back: nothing can be recorded yet
        DataFolder.at(fresh).create(new DataFolder.Keys(kept, first.communityKey()), first.ownKeys());
        new HubLink(loopback.uri, loopback.tls.fingerprint(), first.hubNode(), first.origin(), first.logKey()).save(fresh);
        try (Community c = DataFolder.at(fresh).open(Clock.systemUTC())) {
            assertThat(c.takingOwnFeedBack()).isTrue();
            String someone = hub.community().members().all().get(1).id();
            assertThatThrownBy(() -> c.credits().reward(someone, Minutes.of(5), "x", "staff-1"))
                    .isInstanceOfSatisfying(DomainException.class, d -> assertThat(d.code()).isEqualTo(ErrorCode.STATION_RECOVERING));
            assertThat(c.store().head("station-l").seq()).as("nothing written").isZero();
        }
        ok(StationSync.restore(fresh, code, Clock.systemUTC(), new SecureRandom()));
        try (Community c = DataFolder.at(fresh).open(Clock.systemUTC())) {
            assertThat(c.takingOwnFeedBack()).isFalse();
            assertThat(c.store().head("station-l").seq()).isEqualTo(held);
            intact(c);
        }
        // and a lost answer alone: the same code and the same kept key get the same answer again
        long heldM = enrolledWithWork("station-m", dir.resolve("m"));
        Path freshM = dir.resolve("m-new");
        EnrollmentCode codeM = code("station-m", true);
        NodeIdentity keptM = DataFolder.at(freshM).joiningIdentity("station-m", new SecureRandom());
        hub.recover(codeM.tokenId(), codeM.secret(), "station-m", keptM.publicKey());
        ok(StationSync.restore(freshM, codeM, Clock.systemUTC(), new SecureRandom()));
        try (Community c = DataFolder.at(freshM).open(Clock.systemUTC())) {
            assertThat(c.store().head("station-m").seq()).isEqualTo(heldM);
            assertThat(c.store().nodeKeys().get("station-m")).isEqualTo(keptM.publicKey());
        }
    }

    @Test
    void aKeyRowPlantedInADataFolderWithoutTheHubsAnnouncementIsFound() throws Exception {
        Path folder = dir.resolve("p");
        enrolledWithWork("station-p", folder);
        String victim = hub.community().nodeId();
        try (H2EventStore store = H2EventStore.open(folder)) {
            // an attacker with the folder gives the hub's feed a key of their own, to re-sign what they append to it
            long head = store.head(victim).seq();
            store.registerNodeKey(victim, head + 1, NodeIdentity.generate(victim, new SecureRandom()).publicKey());
            VerificationReport r = Verifier.verify(store, Clock.systemUTC(), "station-p"::equals);
            List<Finding> found = r.findings();
            assertThat(found).anySatisfy(f -> {
                assertThat(f.kind()).isEqualTo(Finding.Kind.SIGNATURE);
                assertThat(f.what()).contains("was not announced by the hub");
            });
        }
    }

    static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
