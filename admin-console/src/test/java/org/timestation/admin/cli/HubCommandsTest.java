package org.timestation.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.admin.cli.AdminCommandLineTest.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.communitylog.SignedNote;
import org.timestation.sync.HubClient;

/**
 * {@code serve} runs the hub until stopped and answers on HTTPS with the certificate it printed;
 * {@code nodes} lists the nodes and records staff's acts with operator and reason, refusing an act
 * without either, or on a node the hub does not know.
 */
class HubCommandsTest {
    @TempDir
    Path dir;

    private String demo() {
        assertThat(run("demo", "--data", dir.toString(), "--members", "12", "--months", "1", "--seed", "5", "--until", "2026-11-01").exit()).isZero();
        AdminCommandLineTest.Result staff = run("staff", "--data", dir.toString());
        return staff.out().lines().filter(l -> l.contains("周*")).findFirst().orElseThrow().split("\\s+")[0];
    }

    @Test
    void nodesListsAndRecordsActsWithOperatorAndReason() {
        String staffId = demo();
        AdminCommandLineTest.Result list = run("nodes", "--data", dir.toString());
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("station-a").contains("merchant-1").contains("ACTIVE").contains("community log");
        AdminCommandLineTest.Result noReason = run("nodes", "--data", dir.toString(), "--quarantine", "station-b", "--operator", staffId);
        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason").contains("原因");
        AdminCommandLineTest.Result notStaff = run("nodes", "--data", dir.toString(), "--revoke", "station-b", "--operator", "nobody", "--reason", "x");
        assertThat(notStaff.exit()).isEqualTo(2);
        assertThat(notStaff.err()).contains("not a staff member");
        AdminCommandLineTest.Result unknown = run("nodes", "--data", dir.toString(), "--revoke", "station-z", "--operator", staffId, "--reason", "x");
        assertThat(unknown.err()).contains("no node \"station-z\"");
        AdminCommandLineTest.Result q = run("nodes", "--data", dir.toString(), "--quarantine", "station-b", "--operator", staffId, "--reason", "屏幕被砸 screen smashed");
        assertThat(q.exit()).as(q.err()).isZero();
        assertThat(q.out()).contains("station-b → QUARANTINED").contains("reason: 屏幕被砸 screen smashed");
        AdminCommandLineTest.Result again = run("nodes", "--data", dir.toString());
        assertThat(again.out()).as("kept across runs").contains("QUARANTINED");
        assertThat(run("nodes", "--data", dir.toString(), "--release", "station-b", "--operator", staffId, "--reason", "修好了 repaired").out())
                .doesNotContain("QUARANTINED");
        // each act is an event of the hub's own feed, with its operator and reason, which every node replicates
        try (org.timestation.community.Community c = org.timestation.datafolder.DataFolder.at(dir).open(java.time.Clock.systemUTC())) {
            java.util.List<String> acts = c.inspect(s -> s.nodes().of("station-b").stream().map(a -> a.state() + " " + a.operator() + " " + a.reason()).toList());
            assertThat(acts).containsExactly("QUARANTINED " + staffId + " 屏幕被砸 screen smashed", "ACTIVE " + staffId + " 修好了 repaired");
            String first = c.inspect(s -> s.nodes().of("station-b").get(0).eventId());
            assertThat(first).startsWith(c.nodeId() + "/");
        }
    }

    @Test
    void serveAnswersOnHttpsWithThePrintedCertificateUntilStopped() throws Exception {
        demo();
        serveOnce(dir);
    }

    @Test
    void serveOnAnEmptyFolderMakesANewCommunityFirst() throws Exception {
        Path fresh = dir.resolve("new-hub"); // the installed hub's first start on /var/lib/timestation/hub
        String said = serveOnce(fresh);
        assertThat(said).contains("新社区已建立").contains("a new community");
        assertThat(org.timestation.datafolder.DataFolder.at(fresh).hasLedger()).isTrue();
    }

    /** Runs serve on {@code folder}, asks it for its checkpoint over HTTPS with the printed certificate, stops it: what it printed. */
    private static String serveOnce(Path folder) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = {-1};
        Thread serving = new Thread(() -> exit[0] = AdminCommandLine.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--data", folder.toString(), "--port", "0"), "serve-test");
        serving.start();
        Pattern listening = Pattern.compile("https://127\\.0\\.0\\.1:(\\d+)/");
        Pattern fingerprint = Pattern.compile("SHA-256: ([0-9a-f]{64})");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!fingerprint.matcher(out.toString()).find() && System.nanoTime() < deadline && serving.isAlive()) {
            Thread.sleep(50);
        }
        Matcher port = listening.matcher(out.toString());
        Matcher fp = fingerprint.matcher(out.toString());
        assertThat(port.find() && fp.find()).as(out + " / " + err).isTrue();
        HubClient client = new HubClient(URI.create("https://127.0.0.1:" + port.group(1) + "/"), HexFormat.of().parseHex(fp.group(1)),
                org.timestation.ledger.NodeIdentity.generate("visitor", new java.security.SecureRandom()), java.time.Clock.systemUTC());
        HubClient.Reply cp = client.get("/log/checkpoint");
        assertThat(cp.status()).isEqualTo(200);
        assertThat(SignedNote.parse(cp.body()).body()).startsWith("timestation/admin\n");
        CountDownLatch stop = ServeCommand.stop;
        stop.countDown();
        serving.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit[0]).isZero();
        assertThat(out.toString()).contains("hub stopped");
        return out.toString();
    }

    @Test
    void aBadPortIsExplained() {
        demo();
        AdminCommandLineTest.Result r = run("serve", "--data", dir.toString(), "--port", "70000");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("65535").doesNotContain("Exception");
    }

    @Test
    void enrollPrintsAOneTimeCodeOnItsLastLineAndAsAReadableQr() throws Exception {
        demo();
        Path qr = dir.resolve("code.png");
        AdminCommandLineTest.Result r = run("enroll", "--data", dir.toString(), "--station", "station-d", "--name", "幸福里驿站",
                "--valid", "2h", "--hub-url", "https://192.168.1.10:8443/", "--qr", qr.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        org.timestation.sync.EnrollmentCode code = org.timestation.sync.EnrollmentCode.parse(lines[lines.length - 1]);
        assertThat(code.node()).isEqualTo("station-d");
        assertThat(code.hub().toString()).isEqualTo("https://192.168.1.10:8443/");
        assertThat(code.fingerprint()).isEqualTo(org.timestation.admin.hub.HubTls.openOrCreate(dir, new java.security.SecureRandom()).fingerprint());
        assertThat(code.expiresAt() - System.currentTimeMillis()).isBetween(7_000_000L, 7_200_000L);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(qr.toFile());
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String scanned = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(img.getWidth(), img.getHeight(), px)))).getText();
        assertThat(scanned).isEqualTo(lines[lines.length - 1]);
        // the token is kept only as a hash
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("hub") + ";AUTO_SERVER=TRUE", "sa", "");
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT * FROM enroll_token")) {
            assertThat(rs.next()).isTrue();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                assertThat(String.valueOf(rs.getObject(i))).doesNotContain(code.secret());
            }
        }
        // a recovery code for a station whose disk died: said as such, for kiosk.jar restore, and kept as one
        AdminCommandLineTest.Result rec = run("enroll", "--data", dir.toString(), "--station", "station-a", "--recover", "--hub-url", "https://192.168.1.10:8443/");
        assertThat(rec.exit()).as(rec.err()).isZero();
        assertThat(rec.out()).contains("恢复码").contains("kiosk.jar restore --data DIR --code CODE");
        String[] recLines = rec.out().strip().split("\n");
        String recId = org.timestation.sync.EnrollmentCode.parse(recLines[recLines.length - 1]).tokenId();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("hub") + ";AUTO_SERVER=TRUE", "sa", "");
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT recover FROM enroll_token WHERE token_id = '" + recId + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
        }
        AdminCommandLineTest.Result bad = run("enroll", "--data", dir.toString(), "--station", "Station D", "--valid", "forever");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("node id").doesNotContain("Exception");
        assertThat(run("enroll", "--data", dir.toString(), "--station", "station-d", "--valid", "forever").err()).contains("30m, 24h or 7d");
    }

    @Test
    void verifyOnTheHubChecksTheLogToo() throws Exception {
        demo();
        AdminCommandLineTest.Result ok = run("verify", "--data", dir.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("community log intact").contains("exactly once");
        // an insider removes the last leaf (and the checkpoint that covered it, so the hub would still start)
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("hub"), "sa", "")) {
            long last;
            try (java.sql.ResultSet r = c.createStatement().executeQuery("SELECT MAX(idx) FROM log_leaf")) {
                r.next();
                last = r.getLong(1);
            }
            c.createStatement().executeUpdate("DELETE FROM log_leaf WHERE idx = " + last);
            c.createStatement().executeUpdate("DELETE FROM log_checkpoint WHERE tree_size > " + last);
        }
        AdminCommandLineTest.Result cut = run("verify", "--data", dir.toString());
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(cut.err()).contains("community log is NOT intact").contains("held but not in the community log");
    }

    @Test
    void conflictsListsWhatStationsDidAgainstEachOtherWithBothEvents() throws Exception {
        demo();
        AdminCommandLineTest.Result none = run("conflicts", "--data", dir.toString());
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.out()).contains("No conflicts");
        // as the hub records one when a pushed spending comes second (HubPushTest has the whole story)
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath().resolve("hub"), "sa", "")) {
            c.createStatement().executeUpdate("INSERT INTO conflict (node_id, seq, rule, detail, other, found_at) VALUES "
                    + "('station-b', 41, 'NOT_HELD', 'member:M1 spent 60 min but held 0 min', 'station-a/77', 0)");
        }
        AdminCommandLineTest.Result one = run("conflicts", "--data", dir.toString());
        assertThat(one.exit()).isEqualTo(1);
        assertThat(one.out()).contains("station-b/41").contains("NOT_HELD").contains("the other: station-a/77").contains("条冲突");
        assertThat(run("nodes", "--data", dir.toString()).out()).contains("offline conflicts: 1");
    }
}
