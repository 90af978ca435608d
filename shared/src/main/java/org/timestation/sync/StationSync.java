package org.timestation.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.timestation.communitylog.Cosignature;
import org.timestation.communitylog.LogCheckpoint;
import org.timestation.communitylog.MerkleProofs;
import org.timestation.communitylog.SignedNote;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.NodeIdentity;
import org.timestation.text.Bilingual;

/**
 * One station's side of replication (DESIGN.md section 4): enrolling with a one-time code, and a sync
 * round: push its own feed after what the hub acknowledged, pull the other feeds after its
 * watermarks, then act as a witness of the community log (check that the hub's new checkpoint is
 * consistent with the last one it saw, and cosign it). Blocking: run it off the FX thread.
 */
public final class StationSync {
    /** Events per push; a station far behind pushes several. */
    static final int PUSH_CHUNK = 2_000;
    /** Where the station keeps the last hub checkpoint it checked (its witness memory). */
    public static final String LAST_CHECKPOINT = "hub.checkpoint";
    /** The last seq of this station's feed the hub acknowledged (what the staff screen counts as waiting). */
    public static final String ACKED = org.timestation.credit.OfflineSpendingCap.ACKED;
    /** Set when the hub's log went back or forked: no round runs until staff clear it ({@link #clearAlert}). */
    public static final String ALERT = "hub.alert";

    private StationSync() {
    }

    /** How a round ended: exit code 0 in sync, 1 refused (with why), 2 hub unreachable. */
    public record Outcome(int exit, String code, Bilingual message) {
        static Outcome ok(String what) {
            return new Outcome(0, "ok", new Bilingual("已同步：" + what, "In sync: " + what));
        }

        static Outcome refused(String code, Bilingual why) {
            return new Outcome(1, code, why);
        }
    }

    /**
     * Enrolls a new station into {@code dataDir} (which must be empty): makes its node key, registers it
     * with the hub over the pinned connection, receives the community's keys, then pulls every feed.
     */
    public static Outcome enroll(Path dataDir, EnrollmentCode code, Clock clock, SecureRandom random) {
        return join(dataDir, code, clock, random, false);
    }

    /**
     * Re-creates in {@code dataDir} (empty) a station whose disk died, with a recovery code staff issued
     * for its node (decision 0030): a new key, registered by the hub to sign the station's feed from
     * the seq after the last one the hub holds; then the station takes its own feed back with the
     * others and goes on from there, never as a fork. A restore that stopped (the network) goes on
     * when run again on the same folder, or at the station's next sync round.
     */
    public static Outcome restore(Path dataDir, EnrollmentCode code, Clock clock, SecureRandom random) {
        DataFolder folder = DataFolder.at(dataDir);
        if (folder.hasLedger() && HubLink.of(dataDir).isPresent()) {
            try (Community c = folder.open(clock)) {
                if (c.takingOwnFeedBack()) { // a restore that stopped halfway: the code was used, the station takes the rest back
                    return round(c, dataDir, clock);
                }
            }
        }
        return join(dataDir, code, clock, random, true);
    }

    private static Outcome join(Path dataDir, EnrollmentCode code, Clock clock, SecureRandom random, boolean recover) {
        DataFolder folder = DataFolder.at(dataDir);
        if (!folder.isEmpty()) {
            return Outcome.refused("not-empty", new Bilingual("数据文件夹不是空的。登记要用一个新的空文件夹。",
                    "The data folder is not empty. Enrollment needs a new, empty folder."));
        }
        if (code.expiresAt() < clock.millis()) {
            return Outcome.refused("expired", new Bilingual("登记码已经过期了。请站长重新生成一个。", "The enrollment code has expired. Ask the manager for a new one."));
        }
        NodeIdentity me = folder.joiningIdentity(code.node(), random); // kept: a lost answer is asked again with the same key
        HubClient hub = new HubClient(code.hub(), code.fingerprint(), me, clock);
        Map<String, Object> request = new TreeMap<>();
        request.put("id", code.tokenId());
        request.put("secret", code.secret());
        request.put("node", code.node());
        request.put("key", Base64.getEncoder().encodeToString(me.publicKey()));
        HubClient.Reply reply = null;
        for (int attempt = 1; reply == null; attempt++) { // the same code and key again: the hub answers again if its answer was lost
            try {
                reply = hub.signed("POST", recover ? "/recover" : "/enroll", CanonicalJson.encode(request));
            } catch (IOException e) {
                if (attempt == 3) {
                    return notJoined(unreachable(code.hub().toString(), e));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return notJoined(unreachable(code.hub().toString(), e));
            }
        }
        if (reply.status() != 200) {
            return Outcome.refused("enroll-refused", said(reply));
        }
        Map<String, Object> a = CanonicalJson.parseObject(reply.body());
        // its own keys over its feed: its new key alone from seq 1, or (recovered) its earlier ones, then the new one
        org.timestation.ledger.NodeKeys own = Wire.decodeKeys(a.get("keys"));
        if (!own.nodes().equals(java.util.Set.of(me.nodeId())) || !java.util.Arrays.equals(own.current(me.nodeId()), me.publicKey())
                || recover != own.of(me.nodeId()).lastKey() > 1) {
            return Outcome.refused("enroll-refused", new Bilingual("枢纽给的本站密钥和本站的新密钥对不上，没有登记。请技术人员检查枢纽。",
                    "The keys the hub gave for this station do not end with its new key; nothing was set up. The technician checks the hub."));
        }
        folder.create(new DataFolder.Keys(me, Base64.getDecoder().decode((String) a.get("community_key"))), own);
        new HubLink(code.hub(), code.fingerprint(), (String) a.get("hub_node"), (String) a.get("origin"),
                Base64.getDecoder().decode((String) a.get("log_key"))).save(dataDir);
        try (Community c = folder.open(clock)) {
            // from now on the station is one of several: its offline spending is capped until its rounds reach the hub
            c.store().putNodeState(org.timestation.credit.OfflineSpendingCap.SYNCED_AT, Long.toString(clock.millis()));
            return round(c, dataDir, clock);
        }
    }

    /** One sync round for an open station ledger in {@code dataDir}. */
    public static Outcome round(Community community, Path dataDir, Clock clock) {
        return round(community, dataDir, clock, () -> DeviceReport.NONE);
    }

    /** One sync round, telling the hub how the station's devices are (with the pull). */
    public static Outcome round(Community community, Path dataDir, Clock clock, java.util.function.Supplier<DeviceReport> devices) {
        Optional<HubLink> link = HubLink.of(dataDir);
        if (link.isEmpty()) {
            return Outcome.refused("not-enrolled", new Bilingual("这个站点还没有登记到枢纽。请用登记码登记（kiosk.jar enroll）。",
                    "This station is not enrolled with a hub. Enroll it with a code (kiosk.jar enroll)."));
        }
        Optional<String> alert = community.store().nodeState(ALERT).filter(a -> !a.isEmpty());
        if (alert.isPresent()) { // once the hub's log was seen going back or forking, the station waits for people
            return Outcome.refused("log-forked", new Bilingual("本站已停止同步：枢纽的社区日志被回退或者分叉了（" + alert.get()
                    + "）。站长核实枢纽之后，用 kiosk.jar sync --clear-alert 恢复同步。", "This station stopped syncing: the hub's log was rolled back or forked ("
                    + alert.get() + "). Once the manager has checked the hub, resume with kiosk.jar sync --clear-alert."));
        }
        NodeIdentity me = DataFolder.at(dataDir).keys().node();
        HubClient hub = new HubClient(link.get().url(), link.get().fingerprint(), me, clock);
        try {
            // the witness first: a hub whose log went back or forked gets nothing more from this station
            Outcome witnessed = witness(community, hub, link.get(), me, clock);
            if (witnessed.exit() != 0) {
                return witnessed;
            }
            int recovered = 0;
            if (community.takingOwnFeedBack()) { // a recovered station takes its own feed back before anything else (0030)
                recovered = pull(community, hub, DeviceReport.NONE);
                if (community.takingOwnFeedBack()) {
                    return Outcome.refused("recovering", new Bilingual("枢纽没有给全本站自己的记录，恢复还没完成。请稍后再运行一次 kiosk.jar restore。",
                            "The hub did not hand back all of this station's own events; the recovery is not finished. Run kiosk.jar restore again later."));
                }
            }
            Outcome pushed = push(community, hub, me, clock);
            if (pushed.exit() != 0) {
                return pushed;
            }
            int pulled = recovered + pull(community, hub, reported(devices));
            community.store().putNodeState(org.timestation.credit.OfflineSpendingCap.SYNCED_AT, Long.toString(clock.millis()));
            return Outcome.ok(pushed.code() + ", " + pulled + " events pulled, " + witnessed.code());
        } catch (IOException e) {
            return unreachable(link.get().url().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(link.get().url().toString(), e);
        } catch (org.timestation.text.DomainException e) { // what the hub sent could not be taken in (a clock far off, a broken event)
            return Outcome.refused("pull-refused", new Bilingual("从枢纽收到的记录没有收入本站账本：" + e.text().zh(),
                    "What came from the hub was not taken into this station's ledger: " + e.text().en()));
        } catch (IllegalArgumentException | org.timestation.ledger.SequenceConflictException e) {
            return Outcome.refused("pull-refused", new Bilingual("从枢纽收到的记录没有收入本站账本：" + e.getMessage(),
                    "What came from the hub was not taken into this station's ledger: " + e.getMessage()));
        }
    }

    /** Staff checked the hub: rounds may run again. */
    public static void clearAlert(Community community) {
        community.store().putNodeState(ALERT, "");
    }

    /** A station that could not join yet holds nothing to sync: it is told to run the same command again (the code is not used up). */
    private static Outcome notJoined(Outcome unreachable) {
        if (!"unreachable".equals(unreachable.code())) {
            return unreachable; // a certificate that is not the pinned one
        }
        String zh = unreachable.message().zh();
        String en = unreachable.message().en();
        return new Outcome(unreachable.exit(), unreachable.code(), new Bilingual(zh.substring(0, zh.indexOf('。') + 1)
                + "这台机器还没有设置好；枢纽能连上以后，再运行一次同样的命令（登记码没有用掉）。",
                en.substring(0, en.indexOf(". ") + 1) + " Nothing is set up on this machine yet; run the same command again once the hub can be reached (the code is not used up)."));
    }

    private static Outcome unreachable(String url, Exception e) {
        boolean pin = e instanceof javax.net.ssl.SSLHandshakeException;
        if (pin) {
            return Outcome.refused("certificate", new Bilingual("枢纽的证书和登记时的不一样，已拒绝连接。请技术人员检查网络。",
                    "The hub's certificate is not the one this station enrolled with; the connection was refused. The technician checks the network."));
        }
        String why = e instanceof ConnectException || e instanceof HttpTimeoutException ? "" : " (" + e.getMessage() + ")";
        return new Outcome(2, "unreachable", new Bilingual("连不上枢纽 " + url + why + "。记录都保存在本站，网络恢复后会自动同步。",
                "Cannot reach the hub at " + url + why + ". Everything is kept at the station and syncs once the network is back."));
    }

    private static Bilingual said(HubClient.Reply reply) {
        try {
            Map<String, Object> m = CanonicalJson.parseObject(reply.body());
            return new Bilingual(String.valueOf(m.get("zh")), String.valueOf(m.get("en")));
        } catch (RuntimeException e) {
            return new Bilingual("枢纽的回答看不懂（" + reply.status() + "）。", "The hub's answer could not be read (" + reply.status() + ").");
        }
    }

    private static Outcome push(Community community, HubClient hub, NodeIdentity me, Clock clock) throws IOException, InterruptedException {
        HubClient.Reply status = hub.signed("GET", "/sync/status", "");
        if (status.status() != 200) {
            Map<String, Object> m = CanonicalJson.parseObject(status.body());
            return Outcome.refused(String.valueOf(m.get("code")), said(status));
        }
        Map<String, Object> st = CanonicalJson.parseObject(status.body());
        long held = (Long) st.get("held");
        FeedHead mine = community.store().head(me.nodeId());
        Object heldHash = st.get("held_hash");
        if (held > 0 && held <= mine.seq() && heldHash instanceof String h) {
            // the hub's copy of this station's feed must be this station's: an old backup restored and written on again
            // has events at seqs the hub already holds, with other contents (the hub's are the community's record)
            Event mineThere = community.store().feed(me.nodeId(), held - 1, 1).get(0);
            if (!mineThere.hash().hex().equals(h)) {
                return Outcome.refused("rollback", new Bilingual("本站第 " + held + " 条记录和枢纽上存的不一样：这台机器恢复了旧的备份，又记了新的账。"
                        + "请用恢复码从枢纽恢复（kiosk.jar restore），恢复旧备份之后记的账要请工作人员重新办理。", "This station's event " + held
                        + " differs from the one the hub holds: an old backup was restored here and written on. Recover the station from the hub "
                        + "(kiosk.jar restore); what was recorded here after the restore has to be done again by staff."));
            }
        }
        if (held > mine.seq()) {
            return Outcome.refused("rollback", new Bilingual("枢纽已有本站的 " + held + " 条记录，本站只有 " + mine.seq()
                    + " 条：这是旧的备份或被截短的账本。请用恢复码从枢纽恢复（kiosk.jar restore）。", "The hub holds " + held
                    + " events of this station, the station only " + mine.seq() + ": an old backup or a cut-short ledger. Recover it from the hub (kiosk.jar restore)."));
        }
        int pushed = 0;
        long after = held;
        while (after < mine.seq()) {
            List<Event> chunk = community.store().feed(me.nodeId(), after, PUSH_CHUNK);
            Event last = chunk.get(chunk.size() - 1);
            Wire.Batch b = new Wire.Batch(chunk, List.of(me.sign(last.seq(), last.hash(), clock.millis())));
            HubClient.Reply r = hub.signed("POST", "/sync/push", Wire.encode(b));
            Map<String, Object> m = CanonicalJson.parseObject(r.body());
            if (r.status() == 409 && "gap".equals(m.get("code"))) {
                after = (Long) m.get("next") - 1; // the hub holds less than it said a moment ago (a restart): push from there
                continue;
            }
            if (r.status() != 200) {
                return Outcome.refused(String.valueOf(m.get("code")), said(r));
            }
            pushed += chunk.size();
            after = last.seq();
        }
        community.store().putNodeState(ACKED, Long.toString(after));
        return new Outcome(0, pushed + " events pushed", null);
    }

    /** The devices' report, or none when it cannot be had: a device that cannot say how it is never stops a sync. */
    private static DeviceReport reported(java.util.function.Supplier<DeviceReport> devices) {
        try {
            DeviceReport r = devices.get();
            return r == null ? DeviceReport.NONE : r;
        } catch (RuntimeException e) {
            return DeviceReport.NONE;
        }
    }

    private static int pull(Community community, HubClient hub, DeviceReport devices) throws IOException, InterruptedException {
        int total = 0;
        Map<String, Object> watermarks = new TreeMap<>();
        community.store().heads().forEach((n, h) -> watermarks.put(n, h.seq()));
        List<Event> held = new ArrayList<>();
        List<org.timestation.ledger.Checkpoint> signed = new ArrayList<>();
        boolean first = true;
        while (true) {
            // the devices' state rides on the first page of each round only
            Map<String, Object> request = !first || devices.isEmpty() ? Map.of("watermarks", watermarks)
                    : Map.of("watermarks", watermarks, "devices", new TreeMap<String, Object>(devices.states()));
            first = false;
            HubClient.Reply r = hub.signed("POST", "/sync/pull", CanonicalJson.encode(request));
            if (r.status() != 200) { // never taken as "nothing more": the station would believe itself synced
                String body = r.body() == null ? "" : r.body().length() > 300 ? r.body().substring(0, 300) + "…" : r.body();
                throw new IllegalArgumentException("the hub refused the pull (HTTP " + r.status() + "): " + body);
            }
            Wire.Batch b = Wire.decodeBatch(r.body());
            if (b != null) {
                registerKeys(community, b.nodeKeys());
                held.addAll(b.events());
                signed.addAll(b.checkpoints());
                b.events().forEach(e -> watermarks.put(e.nodeId(), e.seq()));
            }
            boolean more = b != null && !b.events().isEmpty();
            // pages are taken in together, up to RECEIVE_CHUNK events: a station far behind re-applies what it holds once
            // per chunk at most, not once per page (a page's feeds are cut at checkpoints, so the next may reach back, 0029)
            if (!held.isEmpty() && (!more || held.size() >= RECEIVE_CHUNK)) {
                community.receive(causalOrder(held), signed);
                total += held.size();
                held.clear();
                signed.clear();
            }
            if (!more) {
                return total;
            }
        }
    }

    /**
     * The other nodes' keys over their feeds as the hub has them: new nodes, and later keys of nodes
     * recovered onto new machines (decision 0030). A key that would re-sign events already held is
     * refused (IllegalArgumentException). This station's own keys came with its enrollment only: the
     * hub cannot re-key it under it.
     */
    private static void registerKeys(Community community, org.timestation.ledger.NodeKeys fromHub) {
        org.timestation.ledger.NodeKeys known = community.store().nodeKeyHistory();
        for (String n : fromHub.nodes()) {
            if (!n.equals(community.nodeId())) {
                fromHub.of(n).forEach((from, k) -> {
                    if (!known.has(n, from, k)) {
                        community.store().registerNodeKey(n, from, k);
                    }
                });
            }
        }
    }

    /** At most this many pulled events are held in memory before they are taken in (one pull page is 5,000). */
    static final int RECEIVE_CHUNK = 50_000;

    /**
     * The pulled events merged by hybrid time, each feed kept in its own order whatever times it carries
     * (a hub that hands out a feed whose time went back cannot make the station apply it out of seq).
     */
    static List<Event> causalOrder(List<Event> events) {
        java.util.Map<String, java.util.ArrayDeque<Event>> feeds = new java.util.TreeMap<>();
        for (Event e : events) {
            feeds.computeIfAbsent(e.nodeId(), k -> new java.util.ArrayDeque<>()).add(e);
        }
        List<Event> out = new ArrayList<>(events.size());
        while (out.size() < events.size()) {
            java.util.ArrayDeque<Event> next = null;
            for (java.util.ArrayDeque<Event> f : feeds.values()) {
                if (!f.isEmpty() && (next == null || f.peek().hlc() < next.peek().hlc())) {
                    next = f;
                }
            }
            out.add(next.poll());
        }
        return out;
    }

    /**
     * The witness: the hub's new checkpoint must be signed by the hub's log key, never smaller than the
     * last one this station saw, and consistent with it; then the station cosigns it.
     */
    private static Outcome witness(Community community, HubClient hub, HubLink link, NodeIdentity me, Clock clock)
            throws IOException, InterruptedException {
        HubClient.Reply r = hub.get("/log/checkpoint");
        SignedNote note;
        LogCheckpoint now;
        try {
            note = SignedNote.parse(r.body());
            now = LogCheckpoint.verified(note, link.origin(), link.origin(), link.logKey());
        } catch (IllegalArgumentException e) {
            return forked("the hub's checkpoint does not verify: " + e.getMessage(), community);
        }
        Optional<String> lastText = community.store().nodeState(LAST_CHECKPOINT);
        if (lastText.isPresent()) {
            LogCheckpoint last = LogCheckpoint.parseBody(lastText.get());
            if (now.size() < last.size()) {
                return forked("the log shrank from " + last.size() + " to " + now.size(), community);
            }
            List<byte[]> proof = new ArrayList<>();
            if (now.size() > last.size() && last.size() > 0) {
                HubClient.Reply p = hub.get("/log/proof/consistency?from=" + last.size() + "&to=" + now.size());
                if (p.status() != 200) { // no proof today is not a bad proof: try again next round
                    return new Outcome(2, "unreachable", new Bilingual("枢纽这次没有给出一致性证明，下次再核对。",
                            "The hub gave no consistency proof this time; it is checked next round."));
                }
                for (Object h : (List<?>) CanonicalJson.parseObject(p.body()).get("proof")) {
                    proof.add(java.util.HexFormat.of().parseHex((String) h));
                }
            }
            boolean consistent = last.size() == 0 || MerkleProofs.verifyConsistency(last.size(), now.size(), proof, last.root(), now.root());
            if (!consistent) {
                return forked("the log at " + now.size() + " is not consistent with the " + last.size() + " this station saw", community);
            }
        }
        community.store().putNodeState(LAST_CHECKPOINT, note.body());
        SignedNote.Line line = Cosignature.sign(note, me.nodeId(), me, clock.millis() / 1000);
        HubClient.Reply c = hub.signed("POST", "/sync/cosign", CanonicalJson.encode(Map.of("size", now.size(), "line", line.text())));
        return new Outcome(0, c.status() == 200 ? "log " + now.size() + " cosigned" : "log " + now.size() + " checked", null);
    }

    private static Outcome forked(String detail, Community community) {
        community.store().putNodeState(ALERT, detail);
        return Outcome.refused("log-forked", new Bilingual("枢纽的社区日志被回退或者分叉了（" + detail + "）。本站已停止同步，请立即告诉站长。",
                "The hub's log was rolled back or forked (" + detail + "). This station stopped syncing; tell the manager at once."));
    }
}
