package org.timestation.community;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.timestation.credit.AccountId;
import org.timestation.credit.CreditBook;
import org.timestation.credit.CreditEvent;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.RowKey;
import org.timestation.member.MemberEvent;
import org.timestation.member.MemberRegistry;
import org.timestation.policy.PolicyHolder;

/**
 * Everything derived from the feeds: policy, members, accounts, and how far each feed has been
 * applied. A pure function of the set of events held, applied in hybrid order (decision 0029), so
 * a rebuild, or another node holding the same events, gives the same rows byte for byte. Not thread-safe: {@link Community} serialises access.
 */
public final class CommunityState {
    private static final String WATERMARK = "watermark";
    final PolicyHolder policy = new PolicyHolder();
    final MemberRegistry members = new MemberRegistry();
    final CreditBook credits = new CreditBook(policy);
    final org.timestation.place.PlaceRegistry places = new org.timestation.place.PlaceRegistry();
    final org.timestation.volunteer.VolunteerRegistry volunteers = new org.timestation.volunteer.VolunteerRegistry();
    final org.timestation.exchange.ExchangeBook exchanges = new org.timestation.exchange.ExchangeBook();
    final org.timestation.cocreation.CoCreationBook cocreation = new org.timestation.cocreation.CoCreationBook();
    final org.timestation.credit.StatementBook statements = new org.timestation.credit.StatementBook();
    final org.timestation.member.PinBook pins = new org.timestation.member.PinBook();
    final org.timestation.member.ApplicationBook applications = new org.timestation.member.ApplicationBook(members);
    final org.timestation.trust.TrustBook trust = new org.timestation.trust.TrustBook();
    final org.timestation.funds.FundsBook funds = new org.timestation.funds.FundsBook();
    final org.timestation.merchant.MerchantBook merchants = new org.timestation.merchant.MerchantBook(
            id -> members.grant(id, org.timestation.member.Role.MERCHANT));
    final org.timestation.activity.ActivityBook activities = new org.timestation.activity.ActivityBook();
    final org.timestation.proxy.ProxyBook proxies = new org.timestation.proxy.ProxyBook();
    final org.timestation.nodes.NodeBook nodes = new org.timestation.nodes.NodeBook();
    /** The parts written as {@link org.timestation.ledger.Projection}s, found by their event-type prefix. */
    private final java.util.List<org.timestation.ledger.Projection> parts = java.util.List.of(pins, applications, trust, funds, merchants, activities,
            proxies, nodes);
    final org.timestation.exchange.MatchIndex matchIndex = new org.timestation.exchange.MatchIndex(volunteers, members, places, exchanges);
    private final Map<String, Long> watermarks = new HashMap<>();

    /** A projection that cannot open sealed birth dates (every row is the same with or without the key). */
    public CommunityState() {
        volunteers.onChange(matchIndex::touch);
        places.onChange(matchIndex::touch);
        exchanges.onChange(matchIndex::touch);
    }

    /** A projection that opens members' sealed birth dates with the community key, so ages and age rules are known. */
    public CommunityState(org.timestation.member.BirthDates birthDates) {
        this();
        members.openBirthDatesWith(birthDates);
    }
    private final Map<String, Long> dirtyWatermarks = new HashMap<>();

    public void apply(Event e) {
        switch (e.type()) {
            case "member.registered", "member.roles-changed", "member.hardship-changed", "member.code-issued", "member.bulletin-name" ->
                    applyMember(e, MemberEvent.of(e));
            case "credit.moved" -> applyMoved(e, (CreditEvent.Moved) CreditEvent.of(e));
            default -> applyOther(e);
        }
        applied(e);
    }

    /** Applies an event already decoded (the rule checker decodes each event once). */
    public void apply(Event e, org.timestation.ledger.LedgerEvent typed) {
        if (typed instanceof CreditEvent.Moved moved) {
            applyMoved(e, moved);
        } else if (typed instanceof MemberEvent m && e.type().startsWith("member.")) {
            applyMember(e, m);
        } else if (typed instanceof org.timestation.exchange.ExchangeEvent x && e.type().startsWith("exchange.")) {
            exchanges.apply(e, x);
        } else if (typed != null && !e.type().equals("policy.changed") && !e.type().startsWith("place.") && !e.type().startsWith("volunteer.")
                && !e.type().startsWith("cocreation.")) {
            applyPart(e, typed);
        } else {
            applyOther(e);
        }
        applied(e);
    }

    private void applied(Event e) {
        long mark = watermarks.merge(e.nodeId(), e.seq(), Math::max);
        dirtyWatermarks.put(e.nodeId(), mark);
        if (last == null || e.isAfter(last)) {
            last = e;
        }
    }

    // ---- the order of application (decision 0029): hybrid order, re-applied from a snapshot when an older event arrives ----

    /** The last event applied in hybrid order (null before the first). */
    private Event last;
    /** Set when the projection was re-applied: the next drain hands over every row, and the stored rows are replaced. */
    private boolean replaceStored;
    /** Copies of the projection at earlier points, oldest first: where a late event's re-application starts. */
    private final java.util.ArrayDeque<Snapshot> snapshots = new java.util.ArrayDeque<>();
    /** How far apart (in ledger time) snapshots are taken, and how many are kept. */
    static final long SNAPSHOT_SPACING_MILLIS = java.time.Duration.ofMinutes(10).toMillis();
    static final int SNAPSHOTS_KEPT = 3;
    private long reapplied;

    /** The projection's rows just after {@code at} was applied. */
    private record Snapshot(Event at, SortedMap<RowKey, String> rows) {
    }

    /**
     * Takes in events this projection does not hold yet, each where it belongs in hybrid order:
     * {@code fresh} must be in {@link Event#HYBRID_ORDER}. When all come after the last event applied
     * (the usual case) they are simply applied; otherwise the projection goes back to the latest
     * snapshot before the first of them (or to nothing) and applies the held events from there,
     * read from {@code store} in hybrid order, with the fresh ones merged in. {@code applyFresh} applies
     * a fresh event (the hub checks each one's rules as it does). The stored rows are then replaced
     * whole at the next drain.
     */
    public void insert(java.util.List<Event> fresh, EventStore store, java.util.function.Consumer<Event> applyFresh) {
        insert(fresh, store, applyFresh, this::apply);
    }

    /**
     * {@link #insert(java.util.List, EventStore, java.util.function.Consumer)}, applying the held events
     * that are applied again through {@code applyHeld} (the hub judges them again: a spending that came
     * first before may now come second, a conflict for the manager).
     */
    public void insert(java.util.List<Event> fresh, EventStore store, java.util.function.Consumer<Event> applyFresh,
                       java.util.function.Consumer<Event> applyHeld) {
        if (fresh.isEmpty()) {
            return;
        }
        Event first = fresh.get(0);
        if (last == null || first.isAfter(last)) {
            fresh.forEach(applyFresh);
            return;
        }
        while (!snapshots.isEmpty() && !first.isAfter(snapshots.peekLast().at())) {
            snapshots.pollLast(); // it lacks the late event: of no further use
        }
        Snapshot from = snapshots.peekLast();
        restore(from);
        java.util.Set<org.timestation.ledger.EventId> freshIds = new java.util.HashSet<>();
        fresh.forEach(e -> freshIds.add(e.id()));
        int[] next = {0};
        store.forEachEventInHybridOrder(from == null ? 0 : from.at().hlc(), (e, arrival) -> {
            if (from != null && !e.isAfter(from.at()) || freshIds.contains(e.id())) {
                return; // in the snapshot already, or fresh (a store may hold the fresh events already: reopening after a crash)
            }
            while (next[0] < fresh.size() && e.isAfter(fresh.get(next[0]))) {
                applyFresh.accept(fresh.get(next[0]++));
            }
            applyHeld.accept(e);
        });
        while (next[0] < fresh.size()) {
            applyFresh.accept(fresh.get(next[0]++));
        }
        replaceStored = true;
        reapplied++;
    }

    /** How many times this projection re-applied events because an older one arrived (tests, the staff screen). */
    public long reapplications() {
        return reapplied;
    }

    /**
     * Keeps a copy of the projection when the last one is {@link #SNAPSHOT_SPACING_MILLIS} of ledger time
     * behind; a node that receives other nodes' events calls this after each batch.
     */
    public void snapshotIfDue() {
        if (last == null) {
            return;
        }
        Snapshot newest = snapshots.peekLast();
        if (newest != null && last.epochMillis() - newest.at().epochMillis() < SNAPSHOT_SPACING_MILLIS) {
            return;
        }
        snapshots.addLast(new Snapshot(last, rows()));
        while (snapshots.size() > SNAPSHOTS_KEPT) {
            snapshots.pollFirst();
        }
    }

    /** Puts the projection back to {@code snapshot} (or to nothing); what is stored and its digest are untouched. */
    private void restore(Snapshot snapshot) {
        clearParts();
        last = null;
        if (snapshot != null) {
            snapshot.rows().forEach((k, v) -> {
                if (!k.kind().equals(SEAL)) {
                    loadRow(k, v);
                }
            });
            last = snapshot.at();
        }
    }

    /** True when the next drain compares every row with what is stored (after a re-application, see {@link #insert}). */
    public boolean replacesStoredRows() {
        return replaceStored;
    }

    /** A feature's own part, given the event already decoded. */
    private void applyPart(Event e, org.timestation.ledger.LedgerEvent typed) {
        for (org.timestation.ledger.Projection part : parts) {
            if (e.type().startsWith(part.prefix())) {
                part.apply(e, typed);
                return;
            }
        }
    }

    private void applyMember(Event e, MemberEvent event) {
        members.apply(e, event);
        if (event instanceof MemberEvent.Registered r) {
            credits.open(AccountId.member(r.member()));
        }
    }

    private void applyMoved(Event e, CreditEvent.Moved moved) {
        credits.apply(e, moved);
        statements.apply(e, moved);
    }

    private void applyOther(Event e) {
        if (e.type().equals("policy.changed")) {
            policy.apply(e);
        } else {
            applyByPrefix(e);
        }
    }

    private void applyByPrefix(Event e) {
        String type = e.type();
        if (type.startsWith("place.")) {
            places.apply(e);
        } else if (type.startsWith("volunteer.")) {
            volunteers.apply(e);
        } else if (type.startsWith("exchange.")) {
            exchanges.apply(e);
        } else if (type.startsWith("cocreation.")) {
            cocreation.apply(e).ifPresent(approved -> members.grant(approved, org.timestation.member.Role.CO_CREATOR));
        } else {
            for (org.timestation.ledger.Projection part : parts) {
                if (type.startsWith(part.prefix())) {
                    part.apply(e);
                    return;
                }
            }
        }
        // any other type is of a later version: kept in the feed, no effect on this projection
    }


    /** Rows changed since the last drain. */
    public Map<RowKey, String> drainDirtyRows() {
        if (replaceStored) {
            return drainAllRows();
        }
        Map<RowKey, String> out = new HashMap<>();
        drainParts(out);
        dirtyWatermarks.forEach((node, seq) -> out.put(new RowKey(WATERMARK, node), Long.toString(seq)));
        dirtyWatermarks.clear();
        if (!out.isEmpty()) {
            for (Map.Entry<RowKey, String> row : out.entrySet()) {
                long h = rowHash(row.getKey(), row.getValue());
                Long before = rowHashes.put(row.getKey(), h);
                digestSum += h - (before == null ? 0 : before);
            }
            out.put(SEAL_DIGEST, sealDigest(digestSum, rowHashes.size()));
            out.put(SEAL_VERSION, Integer.toString(PROJECTION_VERSION));
        }
        return out;
    }

    /** Every part's rows changed since the last drain. */
    private void drainParts(Map<RowKey, String> out) {
        policy.drainDirtyRows(out);
        members.drainDirtyRows(out);
        credits.drainDirtyRows(out);
        places.drainDirtyRows(out);
        volunteers.drainDirtyRows(out);
        exchanges.drainDirtyRows(out);
        cocreation.drainDirtyRows(out);
        statements.drainDirtyRows(out);
        parts.forEach(p -> p.drainDirtyRows(out));
    }

    /**
     * After a re-application: every row that differs from what is stored (by the stored rows' hashes),
     * and, through {@link #drainRemovedRows()}, the stored rows that no longer exist.
     */
    private Map<RowKey, String> drainAllRows() {
        drainParts(new HashMap<>()); // the dirty marks are spent: every row is compared below
        dirtyWatermarks.clear();
        Map<RowKey, String> out = new HashMap<>();
        java.util.Set<RowKey> gone = new java.util.HashSet<>(rowHashes.keySet());
        for (Map.Entry<RowKey, String> row : sortedRows()) {
            if (row.getKey().kind().equals(SEAL)) {
                continue;
            }
            gone.remove(row.getKey());
            long h = rowHash(row.getKey(), row.getValue());
            Long before = rowHashes.put(row.getKey(), h);
            if (before == null || before != h) {
                out.put(row.getKey(), row.getValue());
                digestSum += h - (before == null ? 0 : before);
            }
        }
        for (RowKey k : gone) {
            digestSum -= rowHashes.remove(k);
        }
        removed.addAll(gone);
        if (!out.isEmpty() || !gone.isEmpty()) {
            out.put(SEAL_DIGEST, sealDigest(digestSum, rowHashes.size()));
            out.put(SEAL_VERSION, Integer.toString(PROJECTION_VERSION));
        }
        replaceStored = false;
        return out;
    }

    private final java.util.Set<RowKey> removed = new java.util.HashSet<>();

    /** The stored rows that no longer exist since the last drain (after a re-application), to delete with the rows drained. */
    public java.util.Set<RowKey> drainRemovedRows() {
        java.util.Set<RowKey> out = java.util.Set.copyOf(removed);
        removed.clear();
        return out;
    }

    // ---- the seal: the stored projection's version and a digest of its rows, kept with every commit batch ----

    /** The format of the stored projection; a station whose stored rows are older rebuilds them from the events when it opens. */
    public static final int PROJECTION_VERSION = 4; // 4: incidents carry their resolution, the policy row since when it applies
    private static final String SEAL = "seal";
    static final RowKey SEAL_DIGEST = new RowKey(SEAL, "digest");
    static final RowKey SEAL_VERSION = new RowKey(SEAL, "version");
    /** A 64-bit hash of every stored row (other than the seal), summed: updated row by row as rows are stored. */
    private final Map<RowKey, Long> rowHashes = new HashMap<>();
    private long digestSum;
    private final Map<String, String> storedSeal = new HashMap<>();
    private String storedDamage;

    private static final ThreadLocal<java.security.MessageDigest> ROW_SHA = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static long rowHash(RowKey key, String value) {
        java.security.MessageDigest sha = ROW_SHA.get();
        sha.update(key.kind().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(key.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] d = sha.digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.nio.ByteBuffer.wrap(d).getLong();
    }

    private static String sealDigest(long sum, int rows) {
        return Long.toHexString(sum) + "/" + rows;
    }

    /**
     * Why the stored projection just loaded cannot be trusted (its rows do not match the digest sealed
     * with them, it is of an older format, or a row cannot be read), or empty when it is sound.
     */
    public java.util.Optional<String> storedProjectionDamage() {
        return java.util.Optional.ofNullable(storedDamage);
    }

    /** Every row, in key order: the projection's canonical dump. */
    public SortedMap<RowKey, String> rows() {
        SortedMap<RowKey, String> out = new TreeMap<>();
        for (Map.Entry<RowKey, String> row : sortedRows()) {
            out.put(row.getKey(), row.getValue());
        }
        return out;
    }

    /**
     * Every row, in key order, as {@link #rows()} holds them: the parts are encoded on two threads
     * (verify and rebuild dump hundreds of thousands of rows; the parts only read here, so nothing may
     * apply meanwhile) and sorted once.
     */
    public java.util.List<Map.Entry<RowKey, String>> sortedRows() {
        java.util.List<java.util.function.Consumer<Map<RowKey, String>>> sources = new java.util.ArrayList<>(java.util.List.of(
                policy::allRows, members::allRows, credits::allRows, places::allRows, volunteers::allRows, exchanges::allRows,
                cocreation::allRows, statements::allRows));
        parts.forEach(p -> sources.add(p::allRows));
        sources.add(out -> watermarks.forEach((node, seq) -> out.put(new RowKey(WATERMARK, node), Long.toString(seq))));
        RowDump[] halves = {new RowDump(), new RowDump()};
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CompletableFuture<Void> helper = java.util.concurrent.CompletableFuture.runAsync(
                () -> halves[1].takeFrom(sources, next), r -> {
                    Thread t = new Thread(r, "projection-dump");
                    t.setDaemon(true);
                    t.start();
                });
        halves[0].takeFrom(sources, next);
        helper.join();
        java.util.List<Map.Entry<RowKey, String>> out = new java.util.ArrayList<>(halves[0].rows.size() + halves[1].rows.size() + 2);
        out.addAll(halves[0].rows);
        out.addAll(halves[1].rows);
        if (!out.isEmpty()) {
            long sum = halves[0].hashSum + halves[1].hashSum;
            int n = out.size();
            out.add(Map.entry(SEAL_DIGEST, sealDigest(sum, n)));
            out.add(Map.entry(SEAL_VERSION, Integer.toString(PROJECTION_VERSION)));
        }
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /** The rows one dumping thread encoded, with the sum of their row hashes (the seal's digest). */
    private static final class RowDump {
        final java.util.List<Map.Entry<RowKey, String>> rows = new java.util.ArrayList<>();
        long hashSum;

        /** Dumps the sources not yet taken by the other thread, one at a time. */
        void takeFrom(java.util.List<java.util.function.Consumer<Map<RowKey, String>>> sources, java.util.concurrent.atomic.AtomicInteger next) {
            for (int i = next.getAndIncrement(); i < sources.size(); i = next.getAndIncrement()) {
                Map<RowKey, String> part = new HashMap<>();
                sources.get(i).accept(part);
                for (Map.Entry<RowKey, String> row : part.entrySet()) {
                    hashSum += rowHash(row.getKey(), row.getValue());
                    rows.add(Map.entry(row.getKey(), row.getValue()));
                }
            }
        }
    }

    /**
     * A digest of the whole projection: SHA-256 over every row in key order (kind, key and value, each
     * as length and UTF-8). Two nodes that hold the same events print the same digest.
     */
    public String digest() {
        return digestOf(sortedRows());
    }

    /** The digest of projection rows, as {@link #digest()} computes it. */
    public static String digestOf(SortedMap<RowKey, String> rows) {
        return digestOf(rows.entrySet());
    }

    /** The digest of projection rows given in key order, as {@link #digest()} computes it. */
    public static String digestOf(java.util.Collection<Map.Entry<RowKey, String>> rows) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        java.nio.ByteBuffer len = java.nio.ByteBuffer.allocate(4);
        for (Map.Entry<RowKey, String> row : rows) {
            for (String part : new String[] {row.getKey().kind(), row.getKey().key(), row.getValue()}) {
                byte[] b = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                sha.update(len.clear().putInt(b.length).array());
                sha.update(b);
            }
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    public long watermark(String nodeId) {
        return watermarks.getOrDefault(nodeId, 0L);
    }

    /**
     * Loads the stored projection, then applies the events committed after it was written (the
     * projection is stored with each commit batch, so a crash can leave it a little behind).
     */
    public static CommunityState load(EventStore store) {
        return load(store, org.timestation.member.BirthDates.NONE);
    }

    /** As {@link #load(EventStore)}, opening members' birth dates with the community key. */
    public static CommunityState load(EventStore store, org.timestation.member.BirthDates birthDates) {
        CommunityState s = new CommunityState(birthDates);
        s.reloadFrom(store);
        return s;
    }

    /** Forgets everything in memory and loads the stored projection again, caught up with the events. */
    void reloadFrom(EventStore store) {
        clearParts();
        rowHashes.clear();
        digestSum = 0;
        storedSeal.clear();
        storedDamage = null;
        snapshots.clear();
        replaceStored = false;
        removed.clear();
        last = null;
        store.forEachProjectionRow(this::load);
        if (!rowHashes.isEmpty() || !storedSeal.isEmpty()) {
            if (!Integer.toString(PROJECTION_VERSION).equals(storedSeal.get(SEAL_VERSION.key()))) {
                storedDamage = storedDamage != null ? storedDamage : "the stored projection is of an older format (version "
                        + storedSeal.getOrDefault(SEAL_VERSION.key(), "1") + ")";
            } else if (!sealDigest(digestSum, rowHashes.size()).equals(storedSeal.get(SEAL_DIGEST.key()))) {
                storedDamage = storedDamage != null ? storedDamage : "the stored projection's rows do not match the digest sealed with them";
            }
        }
        if (watermarks.isEmpty()) {
            store.forEachEventInHybridOrder(0, (e, arrival) -> apply(e));
            return;
        }
        // the last event the stored rows hold, then the events after them (a commit batch at most)
        for (Map.Entry<String, Long> mark : watermarks.entrySet()) {
            store.event(new org.timestation.ledger.EventId(mark.getKey(), mark.getValue())).ifPresent(e -> {
                if (last == null || e.isAfter(last)) {
                    last = e;
                }
            });
        }
        java.util.List<Event> tail = new java.util.ArrayList<>();
        store.forEachEventAfter(Map.copyOf(watermarks), tail::add);
        tail.sort(Event.HYBRID_ORDER);
        insert(tail, store, this::apply);
    }

    private void clearParts() {
        policy.clear();
        members.clear();
        credits.clear();
        places.clear();
        volunteers.clear();
        exchanges.clear();
        cocreation.clear();
        statements.clear();
        parts.forEach(org.timestation.ledger.Projection::clear);
        matchIndex.invalidate();
        watermarks.clear();
        dirtyWatermarks.clear();
    }

    /** The last seq applied of every feed. */
    public Map<String, Long> watermarks() {
        return Map.copyOf(watermarks);
    }

    /** True when rows changed since the last drain. */
    public boolean hasDirtyRows() {
        return !dirtyWatermarks.isEmpty();
    }

    static final String WATERMARK_KIND = WATERMARK;

    /** Rebuilds from every event in the store, in hybrid order (decision 0029). */
    public static CommunityState rebuild(EventStore store) {
        CommunityState s = new CommunityState();
        store.forEachEventInHybridOrder(0, (e, arrival) -> s.apply(e));
        s.drainDirtyRows();
        return s;
    }

    /** Recreates the stored projection of {@code store} from its events. */
    public static void rebuildStored(EventStore store) {
        store.replaceProjection(rebuild(store).rows());
    }

    private void load(RowKey key, String value) {
        if (key.kind().equals(SEAL)) {
            storedSeal.put(key.key(), value);
            return;
        }
        long h = rowHash(key, value);
        rowHashes.put(key, h);
        digestSum += h;
        loadRow(key, value);
    }

    /** Puts one row into the part that makes it. */
    private void loadRow(RowKey key, String value) {
        try {
            if (key.kind().equals(WATERMARK)) {
                watermarks.put(key.key(), Long.parseLong(value));
                return;
            }
            if (!(policy.load(key, value) || members.load(key, value) || credits.load(key, value) || places.load(key, value)
                    || volunteers.load(key, value) || exchanges.load(key, value) || cocreation.load(key, value) || statements.load(key, value)
                    || parts.stream().anyMatch(p -> p.load(key, value)))) {
                storedDamage = "the stored projection holds a row no part of it makes: " + key;
            }
        } catch (RuntimeException unreadable) {
            storedDamage = "the stored projection row " + key + " cannot be read";
        }
    }

    /** A trust incident by its event's id (the rule checker sees whether a resolution names an open one). */
    public java.util.Optional<org.timestation.trust.Incident> trustIncident(String id) {
        return trust.incident(id == null ? "" : id);
    }

    public PolicyHolder policy() {
        return policy;
    }

    /** What the hub's staff decided about each station (node.state-changed). */
    public org.timestation.volunteer.VolunteerRegistry volunteers() {
        return volunteers;
    }

    public org.timestation.nodes.NodeBook nodes() {
        return nodes;
    }

    public org.timestation.credit.StatementBook statements() {
        return statements;
    }

    public MemberRegistry members() {
        return members;
    }

    public CreditBook credits() {
        return credits;
    }

    public org.timestation.exchange.ExchangeBook exchanges() {
        return exchanges;
    }

    public org.timestation.place.PlaceRegistry places() {
        return places;
    }
}
