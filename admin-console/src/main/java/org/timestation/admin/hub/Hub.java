package org.timestation.admin.hub;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.timestation.audit.RuleChecker;
import org.timestation.communitylog.SignedNote;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.NodeIdentity;
import org.timestation.sync.Wire;
import org.timestation.text.Bilingual;

/**
 * The hub (DESIGN.md section 4): a full node of the community that takes in each station's feed,
 * judges every pushed batch by the rule checker, logs every accepted event in the community log and
 * hands the other feeds out. It refuses, with the reason, a node that is not enrolled or was revoked,
 * a batch with a gap, a fork (quarantining the node and keeping both signed statements), a station
 * that went back in time (a restored old copy), a bad checkpoint signature and a broken rule (the
 * node is quarantined). Pushes are idempotent on (node, seq, hash).
 */
public final class Hub implements AutoCloseable {
    /** At most this many events per pull; the station asks again until nothing is left. */
    public static final int PULL_LIMIT = 5_000;

    private final Community community;
    private final CommunityLog log;
    private final HubNodes nodes;
    private final EnrollTokens tokens;
    private final HubConflicts conflicts;
    private HubAlerts alerts;
    private final byte[] communityKey;
    private final Clock clock;
    private final Object pushLock = new Object();
    /** Acts only the console's staff write (at the hub): a station's feed holding one is refused whole. */
    static final java.util.Set<String> CONSOLE_ONLY = java.util.Set.of("trust.incident-resolved", "policy.changed");
    private Path dataDir;

    Hub(Community community, CommunityLog log, HubNodes nodes, EnrollTokens tokens, HubConflicts conflicts, byte[] communityKey, Clock clock) {
        this.community = community;
        this.log = log;
        this.nodes = nodes;
        this.tokens = tokens;
        this.conflicts = conflicts;
        this.communityKey = communityKey.clone();
        this.clock = clock;
    }

    /** Opens the hub on an admin console's data folder: its ledger, its log (caught up with the ledger) and its node records. */
    public static Hub open(Path dataDir, Clock clock) {
        DataFolder folder = DataFolder.at(dataDir);
        DataFolder.Keys keys = folder.keys();
        NodeIdentity node = keys.node();
        Community community = folder.open(clock);
        try {
            registerAnnouncedKeys(community);
            HubDb db = HubDb.open(dataDir);
            CommunityLog log = CommunityLog.open(db, node, clock);
            log.catchUp(community.store());
            log.checkpoint();
            HubNodes nodes = new HubNodes(db, clock);
            community.store().nodeKeys().keySet().forEach(n -> nodes.add(n, n)); // every node whose key the ledger holds
            HubConflicts conflicts = new HubConflicts(db, clock);
            long events = community.store().eventCount();
            if (conflicts.judgedOver() != events) { // a crash between a push's commit and its judgement: judge every event again
                conflicts.replaceAll(judgeAll(community.store(), clock));
                conflicts.judgedOver(events);
            }
            Hub hub = new Hub(community, log, nodes, new EnrollTokens(db, clock), conflicts, keys.communityKey(), clock);
            hub.dataDir = dataDir;
            hub.alerts = new HubAlerts(db, clock);
            community.afterOwnCommit(hub::logOwn); // what the hub itself writes (time rules, staff acts) is logged as it is committed
            return hub;
        } catch (RuntimeException e) {
            community.close();
            throw e;
        }
    }

    /** The console's data folder (its ledger, keys, and the voucher pictures beside them). */
    public Path dataDir() {
        return dataDir;
    }

    public Community community() {
        return community;
    }

    /**
     * Every conflict in the ledger: each event judged by the rule checker in its place in the hybrid
     * order (as a push judges it), none of them exact (they were written at the stations).
     */
    private static List<RuleChecker.Violation> judgeAll(EventStore store, Clock clock) {
        RuleChecker rules = new RuleChecker(new org.timestation.community.CommunityState(), clock.instant(), n -> false);
        List<RuleChecker.Violation> found = new ArrayList<>();
        store.forEachEventInHybridOrder(0, (e, arrival) -> {
            for (RuleChecker.Violation v : rules.checkAndApply(e)) {
                if (v.conflict()) {
                    found.add(v);
                }
            }
        });
        return found;
    }

    public CommunityLog log() {
        return log;
    }

    public HubNodes nodes() {
        return nodes;
    }

    public EnrollTokens tokens() {
        return tokens;
    }

    /** What stations that worked offline did against each other, for the manager (decision 0029). */
    /** What the manager should know of from sync (forks, rollbacks, clock problems, overdrafts …), newest first. */
    public List<HubAlerts.Alert> alerts() {
        return alerts.all(conflicts.all());
    }

    public HubConflicts conflicts() {
        return conflicts;
    }

    /**
     * What an enrolling station receives: the community's ID-number key (decision 0005), how to check
     * the hub's log, and its own node's keys over its feed (one from seq 1 for a new station; for a
     * recovered one, its earlier keys and its new key from the seq after what the hub holds).
     */
    public record Enrolled(byte[] communityKey, String hubNode, String origin, byte[] logKey, org.timestation.ledger.NodeKeys ownKeys) {
    }

    private Enrolled enrolled(String node) {
        org.timestation.ledger.NodeKeys all = community.store().nodeKeyHistory();
        org.timestation.ledger.NodeKeys own = org.timestation.ledger.NodeKeys.empty();
        all.of(node).forEach((from, k) -> own.add(node, from, k));
        return new Enrolled(communityKey, community.nodeId(), log.origin(), log.publicKey(), own);
    }

    /** Why a recovery code was not taken, in both languages (the station shows it to staff). */
    public static final class RecoveryRefused extends RuntimeException {
        private final transient Bilingual why;

        RecoveryRefused(String zh, String en) {
            super(en, null, false, false);
            this.why = new Bilingual(zh, en);
        }

        public Bilingual why() {
            return why;
        }
    }

    /**
     * A station whose disk died comes back on a new machine with a recovery code (decision 0030): the
     * code is used up, and the station's new key signs its feed from the seq after the last one the
     * hub holds, announced in a {@code node.key-rotated} event of the hub's feed and registered for
     * the node. The station then takes its own feed back from the hub and goes on from there. The
     * same code and key again get the same answer (the first was lost on the way).
     */
    public Enrolled recover(String tokenId, String secret, String node, byte[] x509PublicKey) {
        synchronized (pushLock) {
            try {
                org.timestation.communitylog.Ed25519Keys.raw(x509PublicKey);
            } catch (IllegalArgumentException notAnEd25519Key) {
                throw new RecoveryRefused("恢复请求里的公钥不对。", "The recovery request carries no valid public key.");
            }
            EventStore store = community.store();
            if (java.util.Arrays.equals(store.nodeKeys().get(node), x509PublicKey) && tokens.wasRedeemedFor(tokenId, secret, node)) {
                return enrolled(node);
            }
            if (store.nodeKeys().get(node) == null) {
                throw new RecoveryRefused("枢纽不认识站点 " + node + "：新站点请用登记码登记（enroll，不加 --recover）。",
                        "The hub does not know station " + node + ": enroll a new station with a plain code (enroll without --recover).");
            }
            long held = store.head(node).seq();
            if (held == 0) { // nothing to take back, and its first key signs from seq 1 for good
                throw new RecoveryRefused("枢纽没有站点 " + node + " 的任何记录，没有可恢复的。请给新机器一个新的站点编号登记（enroll --station 新编号）。",
                        "The hub holds no events of station " + node + ", so there is nothing to recover. Enroll the new machine under a new node id (enroll --station NEW-ID).");
            }
            Optional<EnrollTokens.Token> token = tokens.redeem(tokenId, secret, true);
            if (token.isEmpty() || !token.get().node().equals(node)) {
                throw new RecoveryRefused("恢复码不对、已经用过或者过期了，或者不是给这个站点的。请站长重新生成一个（enroll --station " + node + " --recover）。",
                        "The recovery code is wrong, used, expired, or for another station. Ask the manager for a new one (enroll --station " + node + " --recover).");
            }
            String key = java.util.Base64.getEncoder().encodeToString(x509PublicKey);
            // announced first: a crash before the key is registered is repaired when the hub opens (registerAnnouncedKeys)
            community.write(sink -> sink.emit(new org.timestation.nodes.NodeEvent.KeyRotated(node, held + 1, key, HubNodes.HUB_OPERATOR,
                    "recovered onto a new machine with recovery code " + tokenId + "; the hub held seq 1-" + held)));
            community.seal();
            store.registerNodeKey(node, held + 1, x509PublicKey);
            System.getLogger(Hub.class.getName()).log(System.Logger.Level.INFO, "station " + node + " recovered onto a new key from seq " + (held + 1));
            return enrolled(node);
        }
    }

    /** Registers every later key the hub's ledger announces and its key table lacks (a crash between the two). */
    private static void registerAnnouncedKeys(Community community) {
        org.timestation.ledger.NodeKeys held = community.store().nodeKeyHistory();
        for (org.timestation.nodes.NodeBook.KeyFrom k : community.inspect(s -> s.nodes().laterKeys())) {
            byte[] key = java.util.Base64.getDecoder().decode(k.key());
            if (!held.has(k.node(), k.fromSeq(), key)) {
                community.store().registerNodeKey(k.node(), k.fromSeq(), key);
            }
        }
    }

    /**
     * A station enrolls with its one-time code: the token is used up, the station's new public key is
     * registered for its node id, and it receives the community's keys. Refused (empty) when the code
     * is wrong, used, expired, for another node, or the node already has another key.
     */
    public Optional<Enrolled> enroll(String tokenId, String secret, String node, byte[] x509PublicKey) {
        synchronized (pushLock) {
            try {
                org.timestation.communitylog.Ed25519Keys.raw(x509PublicKey);
            } catch (IllegalArgumentException notAnEd25519Key) {
                return Optional.empty();
            }
            byte[] registered = community.store().nodeKeys().get(node);
            if (registered != null && !java.util.Arrays.equals(registered, x509PublicKey)) {
                return Optional.empty(); // a node keeps its key; a new disk recovers (enroll --recover), it does not re-register
            }
            if (registered != null && tokens.wasRedeemedFor(tokenId, secret, node)) {
                // the same station asks again with the same code and key: its answer was lost on the way
                return Optional.of(enrolled(node));
            }
            Optional<EnrollTokens.Token> token = tokens.redeem(tokenId, secret, false);
            if (token.isEmpty() || !token.get().node().equals(node)) {
                return Optional.empty();
            }
            community.store().registerNodeKey(node, x509PublicKey);
            nodes.add(node, token.get().name() == null ? node : token.get().name());
            return Optional.of(enrolled(node));
        }
    }

    public String nodeId() {
        return community.nodeId();
    }

    /**
     * Quarantines, releases or revokes a station: a {@code node.state-changed} event in the hub's own
     * feed (so every node and the log see it, with the operator and the reason), then the node record
     * the hub's pushes check.
     */
    public void act(String node, HubNodes.State to, String operator, String reason) {
        if (operator == null || operator.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an act on a node needs an operator and a reason");
        }
        nodes.act(node, to, operator.strip(), reason.strip()); // first: what the hub's pushes check holds even if the ledger refuses
        community.write(sink -> sink.emit(new org.timestation.nodes.NodeEvent.StateChanged(node,
                org.timestation.nodes.NodeState.valueOf(to.name()), operator.strip(), reason.strip())));
        community.seal(); // signed now: stations pull it at their next round
    }

    /** What a push came to: an HTTP status, a machine-readable code, the next seq the hub expects, and the reason in both languages. */
    public record PushResult(int status, String code, long next, Bilingual reason) {
        static PushResult ok(long head) {
            return new PushResult(200, "ok", head + 1, new Bilingual("已同步。", "In sync."));
        }
    }

    /** Why a node may not call the hub now, or empty when it may. */
    public Optional<PushResult> refusal(String node) {
        Optional<HubNodes.Node> n = nodes.get(node);
        if (n.isEmpty() || !community.store().nodeKeys().containsKey(node)) {
            return Optional.of(new PushResult(401, "unknown", 0, new Bilingual("这个站点没有在枢纽登记。请工作人员重新登记（enroll）。",
                    "This station is not enrolled with the hub. Staff: enroll it again.")));
        }
        return switch (n.get().state()) {
            case ACTIVE -> Optional.empty();
            case REVOKED -> Optional.of(new PushResult(403, "revoked", 0, new Bilingual("这个站点已被管理员停用：" + n.get().reason(),
                    "This station was revoked by the manager: " + n.get().reason())));
            case QUARANTINED -> Optional.of(new PushResult(403, "quarantined", 0, new Bilingual(
                    "这个站点已被隔离，暂停同步：" + n.get().reason() + "。请站长在管理端查看并解除（nodes --release）。",
                    "This station is quarantined and may not sync: " + n.get().reason() + ". The manager reviews it and releases it (nodes --release).")));
        };
    }

    /**
     * Takes in a station's push: its own feed's events after what the hub holds (maybe none) and one
     * checkpoint it signed of its head.
     */
    public PushResult push(String node, Wire.Batch batch) {
        synchronized (pushLock) {
            Optional<PushResult> refused = refusal(node);
            if (refused.isPresent()) {
                return refused.get();
            }
            org.timestation.ledger.NodeKeys keys = community.store().nodeKeyHistory();
            List<Checkpoint> own = batch.checkpoints().stream().filter(c -> c.nodeId().equals(node)).toList();
            // signed by the key in force at its seq (a recovered station's new key from where the hub's copy ended, 0030)
            if (own.size() != 1 || batch.checkpoints().size() != 1 || !NodeIdentity.verify(own.get(0), keys.at(node, own.get(0).seq()))) {
                return bad("bad-checkpoint", "推送没有这个站点有效签名的检查点，什么都没有收下。", "The push carries no checkpoint validly signed by this station; nothing was taken in.");
            }
            Checkpoint cp = own.get(0);
            for (Event e : batch.events()) {
                if (!e.nodeId().equals(node)) {
                    return bad("not-own-feed", "站点只能推送自己的记录（" + e.id() + " 不是）。", "A station pushes only its own feed (" + e.id() + " is not).");
                }
            }
            EventStore store = community.store();
            FeedHead held = store.head(node);
            // the same seq with another hash: a fork, whatever else the push says
            List<Event> fresh = new ArrayList<>();
            for (Event e : batch.events()) {
                if (e.seq() <= held.seq()) {
                    Event mine = store.event(e.id()).orElseThrow();
                    if (!mine.hash().equals(e.hash())) {
                        return fork(node, e.seq(), mine.hash().hex(), e.hash().hex(), cp);
                    }
                } else {
                    fresh.add(e);
                }
            }
            if (cp.seq() <= held.seq()) {
                Event atCp = cp.seq() == 0 ? null : store.event(new EventId(node, cp.seq())).orElseThrow();
                if (atCp != null && !atCp.hash().equals(cp.head())) {
                    return fork(node, cp.seq(), atCp.hash().hex(), cp.head().hex(), cp);
                }
                if (cp.seq() < held.seq()) {
                    alerts.record(node, HubAlerts.Kind.ROLLBACK, "the station signed " + cp.seq() + " events, the hub holds " + held.seq()
                            + ": an old backup or a cut-short ledger");
                    return new PushResult(409, "rollback", held.seq() + 1, new Bilingual(
                            "枢纽已有这个站点的 " + held.seq() + " 条记录，本站只有 " + cp.seq() + " 条：这是旧的备份或被截短的账本。请用恢复码从枢纽恢复（kiosk.jar restore）。",
                            "The hub holds " + held.seq() + " events of this station, the station only " + cp.seq()
                                    + ": an old backup or a cut-short ledger. Recover it from the hub with a recovery code (kiosk.jar restore)."));
                }
                nodes.synced(node);
                return PushResult.ok(held.seq()); // everything already held: the same batch again changes nothing
            }
            if (fresh.isEmpty() || fresh.get(0).seq() != held.seq() + 1) {
                return new PushResult(409, "gap", held.seq() + 1, new Bilingual("推送有缺口：枢纽要的下一条是第 " + (held.seq() + 1) + " 条。",
                        "The push has a gap: the hub expects seq " + (held.seq() + 1) + " next."));
            }
            if (!fresh.get(0).prevHash().equals(held.hash())) { // another history continuing past what the hub holds: a fork too
                // evidence: the head the hub holds, and the head the pushed event says came before it
                return fork(node, held.seq(), held.hash().hex(), fresh.get(0).prevHash().hex(), cp);
            }
            Event backwards = datedBeforeItsPredecessor(held, fresh);
            if (backwards != null) { // a feed's time never goes back, within a batch and across batches
                String why = "rule TIME_WENT_BACKWARDS: " + backwards.id() + " is dated before " + node + "/" + (backwards.seq() - 1);
                act(node, HubNodes.State.QUARANTINED, HubNodes.HUB_OPERATOR, why);
                return new PushResult(422, "rule-broken", held.seq() + 1, new Bilingual("这批记录的时间早于枢纽已有的上一条（" + why
                        + "），整批没有收下，站点已被隔离。", "The batch is dated before the last event the hub holds (" + why
                        + "); none of it was taken in and the station is quarantined."));
            }
            long floor = nodes.pushFloor(node);
            Event early = fresh.stream().filter(e -> e.hlc() <= floor).findFirst().orElse(null);
            if (early != null) { // written after the station held events dated later, yet dated before them: backdated
                String why = "rule BACKDATED: " + early.id() + " is dated before events the station already held when it wrote it";
                act(node, HubNodes.State.QUARANTINED, HubNodes.HUB_OPERATOR, why);
                return new PushResult(422, "rule-broken", held.seq() + 1, new Bilingual("这批记录的时间早于本站写它们时已有的记录（" + why
                        + "），整批没有收下，站点已被隔离。请站长查看。", "The batch is dated before events the station already held when it wrote it ("
                        + why + "); none of it was taken in and the station is quarantined. The manager reviews it."));
            }
            Event last = fresh.get(fresh.size() - 1);
            if (last.seq() != cp.seq() || !last.hash().equals(cp.head())) {
                return bad("bad-checkpoint", "检查点签的不是这批的最后一条记录，什么都没有收下。", "The checkpoint does not sign the batch's last event; nothing was taken in.");
            }
            Map<EventId, Event> inBatch = new HashMap<>();
            fresh.forEach(e -> inBatch.put(e.id(), e));
            List<RuleChecker.Violation> found = new ArrayList<>();
            List<EventId> judged = new ArrayList<>();
            try {
                community.receive(fresh, List.of(cp), state -> {
                    RuleChecker rules = new RuleChecker(state, id -> inBatch.containsKey(id) ? Optional.of(inBatch.get(id)) : store.event(id),
                            clock.instant(), n -> false);
                    return e -> {
                        boolean pushed = inBatch.containsKey(e.id()); // else held, applied again after a late event: judged again
                        if (pushed && (e.type().startsWith("node.") || CONSOLE_ONLY.contains(e.type()))) { // the console's staff acts
                            throw new RuleBroken(new RuleChecker.Violation(e.nodeId(), e.seq(), RuleChecker.Rule.NOT_ALLOWED_TO_MINT,
                                    "a station wrote " + e.type() + ", which only the console's staff may", false));
                        }
                        judged.add(e.id());
                        for (RuleChecker.Violation v : rules.checkAndApply(e)) {
                            if (v.conflict()) {
                                found.add(v);
                            } else if (pushed) {
                                throw new RuleBroken(v);
                            }
                        }
                    };
                });
            } catch (RuleBroken broken) {
                act(node, HubNodes.State.QUARANTINED, HubNodes.HUB_OPERATOR, "rule broken: " + broken.violation);
                return new PushResult(422, "rule-broken", held.seq() + 1, new Bilingual("这批记录违反了规则（" + broken.violation
                        + "），整批没有收下，站点已被隔离。请站长查看。", "The batch breaks a rule (" + broken.violation
                        + "); none of it was taken in and the station is quarantined. The manager reviews it."));
            } catch (IllegalArgumentException | org.timestation.text.DomainException | org.timestation.ledger.SequenceConflictException e) {
                alerts.record(node, e instanceof org.timestation.text.DomainException d && d.code() == org.timestation.text.ErrorCode.EVENT_FROM_THE_FUTURE
                        ? HubAlerts.Kind.CLOCK : HubAlerts.Kind.REFUSED, "batch refused: " + e.getMessage());
                return bad("refused", "枢纽没有收下这批记录：" + e.getMessage(), "The hub did not take in the batch: " + e.getMessage());
            }
            log.append(fresh);
            log.checkpoint();
            nodes.synced(node);
            conflicts.judged(judged, found);
            conflicts.judgedOver(store.eventCount());
            found.forEach(v -> System.getLogger(Hub.class.getName()).log(System.Logger.Level.WARNING, "conflict for the manager: " + v));
            return PushResult.ok(last.seq());
        }
    }

    /** The first pushed event dated at or before the one it follows (the held head, then each other), or null. */
    private static Event datedBeforeItsPredecessor(FeedHead held, List<Event> fresh) {
        long before = held.seq() > 0 ? held.hlc() : -1;
        for (Event e : fresh) {
            if (e.hlc() <= before) {
                return e;
            }
            before = e.hlc();
        }
        return null;
    }

    private static PushResult bad(String code, String zh, String en) {
        return new PushResult(422, code, 0, new Bilingual(zh, en));
    }

    private PushResult fork(String node, long seq, String heldHash, String pushedHash, Checkpoint pushed) {
        String heldCp = community.store().latestCheckpoint(node).map(c -> Wire.encodeCheckpoint(c)).orElse(null);
        nodes.fork(node, seq, heldHash, pushedHash, heldCp, Wire.encodeCheckpoint(pushed));
        act(node, HubNodes.State.QUARANTINED, HubNodes.HUB_OPERATOR, "fork at seq " + seq);
        System.getLogger(Hub.class.getName()).log(System.Logger.Level.ERROR, "FORK: node " + node + " pushed another event at seq " + seq
                + " (held " + heldHash + ", pushed " + pushedHash + "); the node is quarantined");
        return new PushResult(409, "fork", 0, new Bilingual("分叉：这个站点第 " + seq + " 条记录和枢纽保存的不一样。站点已被隔离，两份签名都已保留。请站长处理。",
                "Fork: this station's event " + seq + " differs from the one the hub holds. The station is quarantined and both signed statements are kept. The manager must act."));
    }

    /**
     * The events {@code node} lacks (the feeds after {@code watermarks}: other nodes', and its own when
     * it holds less of it than the hub, as a recovered station does), the first {@link #PULL_LIMIT}
     * in hybrid order, each feed then cut back to the last seq the hub holds a signed checkpoint for (or,
     * when none is within what was taken, on to the next one); with the checkpoints and every node's
     * public key. Pages in hybrid order let a station far behind apply each one after the last
     * (decision 0029) instead of re-applying what it holds for every page.
     */
    public Wire.Batch pull(String node, Map<String, Long> watermarks) {
        return pull(node, watermarks, PULL_LIMIT);
    }

    /** {@link #pull(String, Map)} with pages of at most {@code limit} events before the cut (tests use small pages). */
    Wire.Batch pull(String node, Map<String, Long> watermarks, int limit) {
        EventStore store = community.store();
        long heldHlc = -1; // the latest time among what the station holds: its clock has seen it (the push floor, V4)
        for (Map.Entry<String, Long> w : watermarks.entrySet()) {
            if (w.getValue() > 0 && store.head(w.getKey()).seq() >= w.getValue()) {
                heldHlc = Math.max(heldHlc, store.event(new EventId(w.getKey(), w.getValue())).map(Event::hlc).orElse(-1L));
            }
        }
        if (heldHlc >= 0) {
            nodes.pulled(node, heldHlc);
        }
        Map<String, Long> after = new TreeMap<>();
        long from = Long.MAX_VALUE;
        for (FeedHead head : store.heads().values()) {
            long have = watermarks.getOrDefault(head.nodeId(), 0L);
            // its own feed too, when it holds less of it than the hub: a station recovered onto a new machine takes it back (0030)
            if (head.seq() > have) {
                after.put(head.nodeId(), have);
                from = Math.min(from, store.event(new EventId(head.nodeId(), have + 1)).map(Event::hlc).orElse(Long.MAX_VALUE));
            }
        }
        Map<String, Long> taken = new TreeMap<>(after);
        int count = 0;
        Event last = null;
        while (count < limit && from != Long.MAX_VALUE) {
            List<Event> page = store.eventsInHybridOrder(from, limit);
            for (Event e : page) {
                if (last != null && !e.isAfter(last)) {
                    continue; // met on the page before (the same hybrid time)
                }
                last = e;
                Long upTo = taken.get(e.nodeId());
                if (upTo != null && e.seq() == upTo + 1 && count < limit) {
                    taken.put(e.nodeId(), e.seq());
                    count++;
                }
            }
            // a full page goes on from its last time (more than a page's worth at one time cannot happen: one event per node)
            from = page.size() < limit ? Long.MAX_VALUE : Math.max(last.hlc(), from + 1);
        }
        List<Event> events = new ArrayList<>();
        List<Checkpoint> cps = new ArrayList<>();
        for (Map.Entry<String, Long> feed : after.entrySet()) {
            long have = feed.getValue();
            long upTo = taken.get(feed.getKey());
            Optional<Checkpoint> cut = upTo > have ? store.checkpointAtOrBefore(feed.getKey(), upTo).filter(c -> c.seq() > have) : Optional.empty();
            if (cut.isEmpty() && upTo > have) {
                // no checkpoint within what was taken: on to the next one, or the feed would never move
                cut = store.checkpointAfter(feed.getKey(), have);
            }
            if (cut.isEmpty()) {
                continue;
            }
            events.addAll(store.feed(feed.getKey(), have, (int) (cut.get().seq() - have)));
            cps.add(cut.get());
        }
        return new Wire.Batch(events, cps, store.nodeKeyHistory());
    }

    private long ownLogged = -1;

    /** Appends the hub's own new events to the log (after each own commit). */
    private synchronized void logOwn() {
        String me = community.nodeId();
        if (ownLogged < 0) {
            ownLogged = 0;
            while (ownLogged < Long.MAX_VALUE && log.contains(me, ownLogged + 1)) {
                ownLogged++;
            }
        }
        long head = community.store().head(me).seq();
        if (head > ownLogged) {
            log.append(community.store().feed(me, ownLogged, (int) (head - ownLogged)));
            ownLogged = head;
            conflicts.judgedOver(community.store().eventCount()); // the hub's own events need no judging: the list stays in step
        }
    }

    /**
     * The community's time rules, once for everyone (decision 0027): auto-confirm, escalation of
     * unmatched requests, lapses, expiry of credits, voucher refunds. The hub's feed signs its head so
     * stations can pull the result at once, and the log gets a checkpoint.
     */
    public org.timestation.schedule.Scheduler.Run runTimeRules() {
        synchronized (pushLock) {
            org.timestation.schedule.Scheduler.Run run = community.scheduler().runDue();
            community.seal();
            logOwn();
            log.checkpoint();
            return run;
        }
    }

    /** The latest signed checkpoint of the community log, with its cosignatures. */
    public SignedNote checkpoint() {
        return log.latest().orElseThrow();
    }

    private static final class RuleBroken extends RuntimeException {
        private final transient RuleChecker.Violation violation;

        RuleBroken(RuleChecker.Violation violation) {
            super(violation.toString(), null, false, false);
            this.violation = violation;
        }
    }

    @Override
    public void close() {
        try {
            tokens.close();
            if (alerts != null) {
                alerts.close();
            }
            conflicts.close();
            nodes.close();
            log.close();
        } finally {
            community.close();
        }
    }
}
