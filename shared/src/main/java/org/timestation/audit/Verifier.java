package org.timestation.audit;

import java.util.ArrayList;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.timestation.community.CommunityState;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.ledger.ChainHasher;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.Hash;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowKey;

/**
 * Checks a store from scratch: every event's hash, every feed's chain (gap-free seq, prev_hash
 * links), every checkpoint's signature and head, that each feed's last event is signed, every rule
 * of the community re-applied at each event's place in the order ({@link RuleChecker}), that all
 * balances sum to zero, and that the stored projection equals one rebuilt from the events. Catches
 * any changed byte of an event, a deleted or reordered event, an edited stored balance, and events
 * signed with the station's own key that its code would never have written.
 */
public final class Verifier {
    private static final int MAX_FINDINGS = 100;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Finding> conflicts = new ArrayList<>();
    private long leftOut;

    private Verifier() {
    }

    /**
     * Verifies a store whose every feed was written in one process against one projection (tests, the
     * demo), against the system clock: every rule is exact for every feed.
     */
    public static VerificationReport verify(EventStore store) {
        return verify(store, java.time.Clock.systemUTC(), node -> true);
    }

    /**
     * Verifies. {@code clock} says when "now" is (events and checkpoints dated after it are
     * findings); {@code exactNodes} names the nodes whose events were written against exactly the
     * state the store's order reproduces (a data folder's own node): for the events of other nodes, a
     * rule that depends on the order is a conflict to flag, not a finding (see {@link RuleChecker}).
     */
    public static VerificationReport verify(EventStore store, java.time.Clock clock, java.util.function.Predicate<String> exactNodes) {
        return verify(store, clock, exactNodes, org.timestation.member.BirthDates.NONE);
    }

    /**
     * As {@link #verify(EventStore, java.time.Clock, java.util.function.Predicate)}, opening members'
     * sealed birth dates with the community key, so the rules that depend on an age (the pool covers
     * elders) are checked too; without the key they are not judged.
     */
    public static VerificationReport verify(EventStore store, java.time.Clock clock, java.util.function.Predicate<String> exactNodes,
                                            org.timestation.member.BirthDates birthDates) {
        return verify(store, clock, exactNodes, birthDates, read -> { });
    }

    /**
     * As above, telling {@code progress} how many events have been read so far (every
     * {@value #CHUNK} events, and once at the end): a progress bar divides it by the store's event count.
     */
    public static VerificationReport verify(EventStore store, java.time.Clock clock, java.util.function.Predicate<String> exactNodes,
                                            org.timestation.member.BirthDates birthDates, java.util.function.LongConsumer progress) {
        Verifier v = new Verifier();
        v.progress = progress;
        return v.run(store, clock.instant(), exactNodes, birthDates);
    }

    private java.util.function.LongConsumer progress = read -> { };

    private synchronized void found(String node, long seq, Finding.Kind kind, String what) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(new Finding(node, seq, kind, what));
        } else {
            leftOut++;
        }
    }

    private synchronized void conflict(Finding f) {
        if (conflicts.size() < MAX_FINDINGS) {
            conflicts.add(f);
        }
    }

    private static final int CHUNK = 1024;
    private static final String WATERMARK = "watermark";
    private static final List<Arrived> END = List.of();

    /**
     * An event as the replay meets it, and whether its writer had seen every event of other nodes that
     * comes before it in hybrid order (none of them arrived in this store after it): only then does the
     * replay show exactly the state it was written against.
     */
    private record Arrived(Event e, long arrival, boolean writerSawAllBefore) {
    }

    /**
     * A broken order-dependent rule of an exact node, not yet called a finding: if an event of another
     * node that comes after it in hybrid order had arrived before it (its writer had seen something dated
     * later: a store written by several nodes in one process before release 0.2 gave each its own clock),
     * the replay cannot show what the writer saw, and it is a conflict instead (decision 0029).
     */
    private record Pending(RuleChecker.Violation v, long arrival) {
    }

    private static final int MAX_PENDING = 1000;

    /** The latest arrival among each node's events met so far, and the two largest of them: is anything before an event newer than it? */
    private static final class LatestArrivals {
        private final Map<String, Long> byNode = new HashMap<>();
        private String firstNode;
        private long first = Long.MIN_VALUE;
        private long second = Long.MIN_VALUE;

        /** True when no event of another node met so far arrived after {@code arrival}; then counts this one. */
        boolean nothingLaterFromOthers(String node, long arrival) {
            long others = node.equals(firstNode) ? second : first;
            boolean sawAll = others < arrival;
            long mine = Math.max(byNode.getOrDefault(node, Long.MIN_VALUE), arrival);
            byNode.put(node, mine);
            if (node.equals(firstNode)) {
                first = mine;
            } else if (mine > first) {
                second = first;
                first = mine;
                firstNode = node;
            } else if (mine > second) {
                second = mine;
            }
            return sawAll;
        }
    }

    private VerificationReport run(EventStore store, java.time.Instant now, java.util.function.Predicate<String> exactNodes,
                                   org.timestation.member.BirthDates birthDates) {
        for (String missing : store.schemaDamage()) {
            found(null, 0, Finding.Kind.SCHEMA, "the database schema was changed: this part of it is missing: " + missing);
        }
        org.timestation.ledger.NodeKeys keys = store.nodeKeyHistory();
        Map<String, TreeMap<Long, Checkpoint>> checkpoints = new HashMap<>();
        long[] checkpointCount = {0};
        store.forEachCheckpoint(c -> {
            checkpoints.computeIfAbsent(c.nodeId(), k -> new TreeMap<>()).put(c.seq(), c);
            checkpointCount[0]++;
        });
        // Signatures are the costliest check: verify them on a thread of their own meanwhile.
        long latestAllowed = now.plus(RuleChecker.CLOCK_TOLERANCE).toEpochMilli();
        CompletableFuture<Void> signatures = CompletableFuture.runAsync(() -> checkSignatures(checkpoints, keys, latestAllowed), Verifier::daemon);

        // The stored projection reflects the events up to its watermarks (it is stored per commit
        // batch). The watermarks are read now, for the rebuild to know where to stop; the rows after
        // the events, while the rebuild is dumped.
        Map<String, Long> storedWatermarks = new HashMap<>();
        store.forEachProjectionRow(WATERMARK, (k, v) -> {
            Long seq = parseOrNull(v);
            if (seq == null) {
                found(null, 0, Finding.Kind.PROJECTION, "projection row " + k + " is unreadable");
            } else {
                storedWatermarks.put(k.key(), seq);
            }
        });

        // The reading thread checks what is cheap (seq, links, hashes, checkpoint heads), as a plain
        // hashing pass would; a second thread applies the events to a fresh projection (the rebuild)
        // and keeps a copy of its rows at the point the stored projection was written.
        CommunityState rebuilt = new CommunityState(birthDates);
        RuleChecker rules = new RuleChecker(rebuilt, now, exactNodes);
        BlockingQueue<List<Arrived>> toApply = new ArrayBlockingQueue<>(16);
        List<List<Map.Entry<RowKey, String>>> atStoredPoint = new ArrayList<>(1);
        long[] appliedAfterStoredPoint = {0};
        CompletableFuture<Void> applier = CompletableFuture.runAsync(
                () -> applyAll(toApply, rules, storedWatermarks, atStoredPoint, appliedAfterStoredPoint), Verifier::daemon);
        ChainHasher hasher = new ChainHasher();
        Map<String, FeedHead> seen = new HashMap<>();
        long[] count = {0};
        List<List<Arrived>> chunk = new ArrayList<>(List.of(new ArrayList<>(CHUNK)));
        LatestArrivals arrivals = new LatestArrivals();
        try {
            // in hybrid order, the order the projection applies (decision 0029); each feed keeps its own order in it
            store.forEachEventInHybridOrder(0, (e, arrival) -> {
                count[0]++;
                FeedHead last = seen.getOrDefault(e.nodeId(), FeedHead.empty(e.nodeId()));
                if (e.seq() != last.seq() + 1) {
                    found(e.nodeId(), e.seq(), Finding.Kind.CHAIN, "expected seq " + (last.seq() + 1) + " here: an event is missing or out of order");
                }
                if (!e.prevHash().equals(last.hash())) {
                    found(e.nodeId(), e.seq(), Finding.Kind.CHAIN, "prev_hash does not link to the previous event: the chain is broken");
                }
                Hash actual = hasher.hash(e.nodeId(), e.seq(), e.hlc(), e.type(), e.payload(), e.prevHash());
                if (!actual.equals(e.hash())) {
                    found(e.nodeId(), e.seq(), Finding.Kind.CHAIN, "content does not match its hash: the event was altered");
                }
                TreeMap<Long, Checkpoint> cps = checkpoints.get(e.nodeId());
                Checkpoint cp = cps == null ? null : cps.get(e.seq());
                if (cp != null && !cp.head().equals(e.hash())) {
                    found(e.nodeId(), e.seq(), Finding.Kind.SIGNATURE, "the signed checkpoint names head " + cp.head().shortHex() + " but the event's hash is "
                            + e.hash().shortHex());
                }
                seen.put(e.nodeId(), new FeedHead(e.nodeId(), e.seq(), e.hash(), e.hlc()));
                List<Arrived> current = chunk.get(0);
                current.add(new Arrived(e, arrival, arrivals.nothingLaterFromOthers(e.nodeId(), arrival)));
                if (current.size() == CHUNK) {
                    progress.accept(count[0]);
                    put(toApply, current);
                    chunk.set(0, new ArrayList<>(CHUNK));
                }
            });
        } finally {
            put(toApply, chunk.get(0));
            put(toApply, END);
        }
        progress.accept(count[0]);
        List<Map.Entry<RowKey, String>> storedRows = new ArrayList<>();
        Map<String, Long> watermarksWithRows = new HashMap<>();
        store.forEachProjectionRow((k, v) -> {
            storedRows.add(Map.entry(k, v));
            if (k.kind().equals(WATERMARK)) {
                watermarksWithRows.put(k.key(), parseOrNull(v));
            }
        });
        if (!watermarksWithRows.equals(storedWatermarks) && !watermarksWithRows.containsValue(null)) {
            found(null, 0, Finding.Kind.PROJECTION, "the stored projection changed while it was verified (watermarks " + storedWatermarks + ", then "
                    + watermarksWithRows + "): is another program writing to this ledger? Verify again with the station closed");
        }
        applier.join();
        signatures.join();
        checkLaterKeys(keys, rebuilt.nodes());

        // Each feed must end on a signed checkpoint, and no checkpoint may name an event that is gone.
        Map<String, FeedHead> stored = store.heads();
        for (FeedHead head : seen.values()) {
            TreeMap<Long, Checkpoint> cps = checkpoints.getOrDefault(head.nodeId(), new TreeMap<>());
            Map.Entry<Long, Checkpoint> lastSigned = cps.lastEntry();
            if (lastSigned == null || lastSigned.getKey() < head.seq()) {
                found(head.nodeId(), head.seq(), Finding.Kind.SIGNATURE, "the feed's last event is not covered by a signed checkpoint (last signed: "
                        + (lastSigned == null ? "none" : "seq " + lastSigned.getKey()) + ")");
            }
            FeedHead s = stored.get(head.nodeId());
            if (s == null || s.seq() != head.seq() || !s.hash().equals(head.hash())) {
                found(head.nodeId(), head.seq(), Finding.Kind.CHAIN, "the stored feed head (" + (s == null ? "none" : "seq " + s.seq()) + ") differs from the events");
            }
        }
        checkpoints.forEach((node, cps) -> {
            FeedHead head = seen.get(node);
            long end = head == null ? 0 : head.seq();
            Map.Entry<Long, Checkpoint> last = cps.lastEntry();
            if (last.getKey() > end) {
                found(node, last.getKey(), Finding.Kind.CHAIN, "a signed checkpoint names seq " + last.getKey() + " but the feed ends at " + end
                        + ": events were deleted");
            }
        });
        stored.forEach((node, s) -> {
            if (!seen.containsKey(node)) {
                found(node, s.seq(), Finding.Kind.CHAIN, "the stored feed head names events that are not there");
            }
        });

        Minutes total = rebuilt.credits().total();
        if (!total.isZero()) {
            found(null, 0, Finding.Kind.BALANCE, "the events' balances sum to " + total + ", not zero");
        }
        List<Map.Entry<RowKey, String>> expected;
        if (atStoredPoint.isEmpty()) {
            found(null, 0, Finding.Kind.PROJECTION, "the stored projection claims events that are not in the feeds (watermarks " + storedWatermarks + ")");
            expected = rebuilt.sortedRows();
        } else {
            expected = atStoredPoint.get(0);
        }
        compareProjection(storedRows, expected);
        // The rows at the stored point are the whole rebuild when no event came after it (the usual case).
        String digest = appliedAfterStoredPoint[0] == 0 && !atStoredPoint.isEmpty() ? CommunityState.digestOf(expected) : rebuilt.digest();
        return new VerificationReport(count[0], seen.size(), checkpointCount[0], storedRows.size(), findings, leftOut, conflicts, digest);
    }

    private static Long parseOrNull(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private void applyAll(BlockingQueue<List<Arrived>> queue, RuleChecker rules, Map<String, Long> storedWatermarks,
                          List<List<Map.Entry<RowKey, String>>> atStoredPoint, long[] appliedAfter) {
        long waitingFor = storedWatermarks.values().stream().filter(seq -> seq > 0).count();
        if (waitingFor == 0) {
            atStoredPoint.add(rules.state().sortedRows());
        }
        List<Pending> pending = new ArrayList<>();
        long[] latestPending = {Long.MIN_VALUE};
        try {
            for (List<Arrived> events = queue.take(); events != END; events = queue.take()) {
                for (Arrived arrived : events) {
                    Event e = arrived.e();
                    if (arrived.arrival() < latestPending[0]) {
                        pending.removeIf(p -> {
                            boolean seenLater = !p.v().nodeId().equals(e.nodeId()) && arrived.arrival() < p.arrival();
                            if (seenLater) {
                                conflict(asConflict(p.v()));
                            }
                            return seenLater;
                        });
                        latestPending[0] = pending.stream().mapToLong(Pending::arrival).max().orElse(Long.MIN_VALUE);
                    }
                    try {
                        for (RuleChecker.Violation v : rules.checkAndApply(e, arrived.writerSawAllBefore())) {
                            if (v.conflict()) {
                                conflict(asConflict(v));
                            } else if (v.rule().dependsOnOrder() && pending.size() < MAX_PENDING) {
                                pending.add(new Pending(v, arrived.arrival()));
                                latestPending[0] = Math.max(latestPending[0], arrived.arrival());
                            } else {
                                found(v.nodeId(), v.seq(), Finding.Kind.RULE, "rule " + v.rule() + " broken: " + v.detail());
                            }
                        }
                    } catch (RuntimeException ex) {
                        found(e.nodeId(), e.seq(), Finding.Kind.RULE, "cannot be applied (" + ex.getMessage() + ")");
                    }
                    if (!atStoredPoint.isEmpty()) {
                        appliedAfter[0]++;
                        continue;
                    }
                    Long mark = storedWatermarks.get(e.nodeId());
                    if (mark != null && mark == e.seq() && --waitingFor == 0) {
                        atStoredPoint.add(rules.state().sortedRows());
                    }
                }
            }
            for (Pending p : pending) {
                found(p.v().nodeId(), p.v().seq(), Finding.Kind.RULE, "rule " + p.v().rule() + " broken: " + p.v().detail());
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", ex);
        }
    }

    private static Finding asConflict(RuleChecker.Violation v) {
        return new Finding(v.nodeId(), v.seq(), Finding.Kind.CONFLICT, "rule " + v.rule() + " broken: " + v.detail());
    }

    private static void put(BlockingQueue<List<Arrived>> queue, List<Arrived> events) {
        try {
            queue.put(events);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", ex);
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "verifier");
        t.setDaemon(true);
        t.start();
    }

    private void checkSignatures(Map<String, TreeMap<Long, Checkpoint>> checkpoints, org.timestation.ledger.NodeKeys keys, long latestAllowed) {
        for (TreeMap<Long, Checkpoint> cps : checkpoints.values()) {
            for (Checkpoint c : cps.values()) {
                if (c.signedAtMillis() > latestAllowed) {
                    found(c.nodeId(), c.seq(), Finding.Kind.RULE, "rule " + RuleChecker.Rule.IN_THE_FUTURE + " broken: the checkpoint was signed at "
                            + java.time.Instant.ofEpochMilli(c.signedAtMillis()));
                }
                byte[] key = keys.at(c.nodeId(), c.seq()); // the key in force at its seq (decision 0030)
                if (key == null) {
                    found(c.nodeId(), c.seq(), Finding.Kind.SIGNATURE, "no public key is registered for this node");
                } else if (!NodeIdentity.verify(c, key)) {
                    found(c.nodeId(), c.seq(), Finding.Kind.SIGNATURE, "the checkpoint's signature is not valid");
                }
            }
        }
    }

    /**
     * A node's later key (decision 0030) must be the one the hub announced for that seq in a
     * {@code node.key-rotated} event of another feed: a key row added to the file alone, to re-sign a
     * rewritten feed, is found.
     */
    private void checkLaterKeys(org.timestation.ledger.NodeKeys keys, org.timestation.nodes.NodeBook announced) {
        for (String n : keys.nodes()) {
            keys.of(n).forEach((from, key) -> {
                String b64 = java.util.Base64.getEncoder().encodeToString(key);
                boolean backed = from == 1 || announced.keyFrom(n, from)
                        .filter(k -> k.key().equals(b64) && !org.timestation.ledger.EventId.parse(k.eventId()).nodeId().equals(n)).isPresent();
                if (!backed) {
                    found(n, from, Finding.Kind.SIGNATURE, "the node's key from seq " + from + " on was not announced by the hub (no node.key-rotated event for it)");
                }
            });
        }
    }

    /** Stored projection vs rebuilt, row by row; also checks that stored balances sum to zero. */
    private void compareProjection(List<Map.Entry<RowKey, String>> storedRows, List<Map.Entry<RowKey, String>> expected) {
        Iterator<Map.Entry<RowKey, String>> want = expected.iterator();
        long storedTotal = 0;
        Map.Entry<RowKey, String> w = want.hasNext() ? want.next() : null;
        for (Map.Entry<RowKey, String> have : storedRows) {
            if (have.getKey().kind().equals("account")) {
                try {
                    storedTotal += Payload.parse(have.getValue()).num("b");
                } catch (RuntimeException ex) {
                    found(null, 0, Finding.Kind.PROJECTION, "projection row " + have.getKey() + " is unreadable");
                }
            }
            while (w != null && w.getKey().compareTo(have.getKey()) < 0) {
                found(null, 0, Finding.Kind.PROJECTION, "projection row " + w.getKey() + " is missing from the store (events give " + w.getValue() + ")");
                w = want.hasNext() ? want.next() : null;
            }
            if (w != null && w.getKey().equals(have.getKey())) {
                if (!Objects.equals(w.getValue(), have.getValue())) {
                    found(null, 0, Finding.Kind.PROJECTION, describe(have.getKey()) + " is stored as " + have.getValue() + " but the events give " + w.getValue());
                }
                w = want.hasNext() ? want.next() : null;
            } else {
                found(null, 0, Finding.Kind.PROJECTION, "projection row " + have.getKey() + " is stored but no event makes it");
            }
        }
        while (w != null) {
            found(null, 0, Finding.Kind.PROJECTION, "projection row " + w.getKey() + " is missing from the store (events give " + w.getValue() + ")");
            w = want.hasNext() ? want.next() : null;
        }
        if (storedTotal != 0) {
            found(null, 0, Finding.Kind.PROJECTION, "stored balances sum to " + storedTotal + " min, not zero");
        }
    }

    private static String describe(RowKey key) {
        return key.kind().equals("account") ? "balance of " + new AccountId(key.key()) : "projection row " + key;
    }
}
