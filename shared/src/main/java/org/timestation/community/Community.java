package org.timestation.community;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.timestation.credit.CreditService;
import org.timestation.ledger.ChainHasher;
import org.timestation.ledger.CheckpointPolicy;
import org.timestation.ledger.Checkpoint;
import org.timestation.ledger.Commit;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventSink;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.FeedHead;
import org.timestation.ledger.Hash;
import org.timestation.ledger.HybridLogicalClock;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.AppendRule;
import org.timestation.ledger.Transactor;
import org.timestation.member.IdNumberHasher;
import org.timestation.member.MemberService;
import org.timestation.policy.PolicyService;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * A node's view of its community: the ledger store, this node's identity and feed, the projection,
 * and the feature services over them. All writes go through {@link #write}: events are hashed into
 * the feed as they are emitted and applied to the projection at once; when the outermost write
 * returns, the events, a signed checkpoint of the new head and the changed projection rows are
 * committed together. If anything fails, nothing is kept and the projection is reloaded.
 */
public final class Community implements Transactor, AutoCloseable {
    private final EventStore store;
    private final boolean ownsStore;
    private final NodeIdentity node;
    private final boolean guardsItsClock;
    /** The wall clock as the machine reads it. */
    private final Clock wall;
    /** The time every rule here reads: the hybrid clock's (see {@link LedgerClock}). */
    private final Clock clock;
    /** How far clocks may disagree: a remote event further ahead is refused, a wall clock further behind stops writing. */
    public static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(5);
    private final HybridLogicalClock hlc;
    private final ChainHasher hasher = new ChainHasher();
    private final CommunityState state;
    private final ReentrantLock lock;
    private final List<Event> pending = new ArrayList<>();
    private FeedHead localHead;
    private final CheckpointPolicy checkpoints;
    private long lastSignedSeq;
    /** The first seq of this node's feed its current key signs (1, or later for a station recovered onto a new machine, decision 0030). */
    private final long ownKeyFrom;
    private long lastSignedAt;
    private int depth;
    private boolean touched;
    private boolean rollbackOnly;

    private static final System.Logger LOG = System.getLogger(Community.class.getName());
    /** What the station's staff should know about how this node opened (shown on the staff screen, written to the log). */
    private final List<org.timestation.text.Bilingual> notices = new ArrayList<>();
    private final MemberService members;
    private final CreditService credits;
    private final PolicyService policy;
    private final org.timestation.place.PlaceService places;
    private final org.timestation.volunteer.VolunteerService volunteers;
    private final org.timestation.exchange.ExchangeService exchanges;
    private final org.timestation.schedule.Scheduler scheduler;
    private final org.timestation.cocreation.CoCreationService cocreation;
    private final org.timestation.trust.TrustService trust;
    private final org.timestation.funds.FundsService funds;
    private final org.timestation.merchant.MerchantService merchants;
    private final org.timestation.activity.ActivityService activities;
    private final org.timestation.proxy.ProxyService proxies;
    private final org.timestation.member.MemberCodes memberCodes;

    public Community(EventStore store, boolean ownsStore, NodeIdentity node, IdNumberHasher idHasher, Clock clock) {
        this(store, ownsStore, node, idHasher, clock, CheckpointPolicy.DEFAULT);
    }

    public Community(EventStore store, boolean ownsStore, NodeIdentity node, IdNumberHasher idHasher, Clock clock,
                     CheckpointPolicy checkpoints) {
        this(store, ownsStore, node, idHasher, clock, null, new ReentrantLock(), checkpoints, new java.security.SecureRandom(), true, null);
    }

    private Community(EventStore store, boolean ownsStore, NodeIdentity node, IdNumberHasher idHasher, Clock wallClock,
                      CommunityState shared, ReentrantLock lock, CheckpointPolicy checkpoints, java.security.SecureRandom random,
                      boolean guardsItsClock, HybridLogicalClock sharedHlc) {
        this.guardsItsClock = guardsItsClock;
        this.store = store;
        this.lock = lock;
        this.checkpoints = checkpoints;
        this.ownsStore = ownsStore;
        this.node = node;
        this.wall = wallClock;
        store.registerNodeKey(node.nodeId(), node.publicKey());
        this.ownKeyFrom = store.nodeKeyHistory().of(node.nodeId()).lastKey();
        this.localHead = store.head(node.nodeId());
        this.hlc = sharedHlc != null ? sharedHlc : new HybridLogicalClock(wall, lastTime(store));
        // a simulation's nodes (see group) read the simulated clock itself: it is the time they act at
        this.clock = guardsItsClock ? new org.timestation.ledger.LedgerClock(hlc, wall.getZone()) : wall;
        this.state = shared != null ? shared : loadChecked(store, idHasher, notices);
        this.members = new MemberService(this, state.members, state.pins, state.applications, idHasher, this.clock, state.policy,
                new MemberService.NodeState() {
                    @Override
                    public java.util.Optional<String> get(String key) {
                        return store.nodeState(key);
                    }

                    @Override
                    public void put(String key, String valueOrNull) {
                        store.putNodeState(key, valueOrNull);
                    }
                }, random);
        this.policy = new PolicyService(this, state.policy);
        this.credits = new CreditService(this, state.credits, state.statements, state.members, state.policy, this.clock, store::event);
        this.funds = new org.timestation.funds.FundsService(this, state.funds, state.policy);
        this.trust = new org.timestation.trust.TrustService(this, state.trust, state.members, credits, funds, state.policy, this.clock);
        credits.standing(new org.timestation.credit.Standing() {
            @Override
            public void requireMayRedeem(String memberId) {
                trust.requireMayRedeem(memberId);
            }

            @Override
            public void requireMayGive(String memberId) {
                trust.requireNotRemoved(memberId);
            }
        });
        credits.offline(new org.timestation.credit.OfflineSpendingCap(store::nodeState,
                after -> store.feed(node.nodeId(), after, Integer.MAX_VALUE), state.policy, this.clock));
        this.proxies = new org.timestation.proxy.ProxyService(this, state.proxies, state.members, state.policy, this.clock);
        this.places = new org.timestation.place.PlaceService(this, state.places, state.members);
        this.volunteers = new org.timestation.volunteer.VolunteerService(this, state.volunteers, state.members);
        org.timestation.exchange.Matcher matcher = new org.timestation.exchange.Matcher(state.volunteers, state.members, state.places,
                state.matchIndex, state.policy);
        this.exchanges = new org.timestation.exchange.ExchangeService(this, state.exchanges, state.members, state.places, matcher,
                credits, trust, proxies, state.policy, this.clock);
        this.cocreation = new org.timestation.cocreation.CoCreationService(this, state.cocreation, state.members, state.exchanges, state.policy);
        this.merchants = new org.timestation.merchant.MerchantService(this, state.merchants, state.members, credits, trust, funds, proxies,
                node, id -> store.nodeKeyHistory().all(id), store::event, state.policy, this.clock);
        this.activities = new org.timestation.activity.ActivityService(this, state.activities, state.members, credits, cocreation, trust,
                state.policy, this.clock);
        this.scheduler = new org.timestation.schedule.Scheduler(exchanges, credits, merchants);
        this.memberCodes = new org.timestation.member.MemberCodes(this, state.members, node, id -> store.nodeKeyHistory().all(id), this.clock, state.policy);
        Checkpoint last = store.latestCheckpoint(node.nodeId()).orElse(null);
        this.lastSignedSeq = last == null ? 0 : last.seq();
        this.lastSignedAt = last == null ? Long.MIN_VALUE / 2 : last.signedAtMillis();
        seal(); // a tail left unsigned by a crash is signed now
    }

    /**
     * Several nodes writing their own feeds into one store from one process, sharing one projection
     * and one lock (demo data, simulations, benchmarks). Each member of the group is a full
     * {@code Community} for its node; none of them owns the store. {@code random} makes PIN salts (a
     * seeded one gives the same ledger every time). The nodes share one simulated clock that moves
     * back and forth between them (each station's day), so the guard against a clock behind the
     * ledger is off (it protects a station's real wall clock), and their rules read the simulated
     * clock directly.
     */
    public static List<Community> group(EventStore store, List<NodeIdentity> nodes, IdNumberHasher idHasher, Clock clock,
                                        java.security.SecureRandom random) {
        CommunityState shared = loadChecked(store, idHasher, new ArrayList<>());
        ReentrantLock lock = new ReentrantLock();
        // one hybrid clock for the group: each node sees the others' events as they are written, so the
        // order they are written in is their hybrid order, the order the projection applies (decision 0029)
        HybridLogicalClock hlc = new HybridLogicalClock(clock, lastTime(store));
        List<Community> out = new ArrayList<>();
        for (NodeIdentity n : nodes) {
            out.add(new Community(store, false, n, idHasher, clock, shared, lock, CheckpointPolicy.DEFAULT, random, false, hlc));
        }
        return out;
    }

    private static long lastTime(EventStore store) {
        return store.heads().values().stream().mapToLong(FeedHead::hlc).max().orElse(0);
    }

    /**
     * Loads the stored projection and checks it against the digest sealed with it; a projection that
     * does not match (edited rows, an older format, an unreadable row) is rebuilt from the events,
     * which are the truth, and the staff are told.
     */
    private static CommunityState loadChecked(EventStore store, IdNumberHasher idHasher, List<org.timestation.text.Bilingual> notices) {
        CommunityState state = CommunityState.load(store, idHasher);
        java.util.Optional<String> damage = state.storedProjectionDamage();
        if (damage.isPresent()) {
            LOG.log(System.Logger.Level.WARNING, "the stored projection was rebuilt from the events: " + damage.get());
            CommunityState.rebuildStored(store);
            state.reloadFrom(store);
            notices.add(org.timestation.text.Text.of("notice.projection-rebuilt", damage.get()));
        }
        return state;
    }

    /** What the staff should know about how this node opened (a stored projection rebuilt, …): the staff screen shows it. */
    public List<org.timestation.text.Bilingual> notices() {
        return List.copyOf(notices);
    }

    public MemberService members() {
        return members;
    }

    public CreditService credits() {
        return credits;
    }

    public PolicyService policy() {
        return policy;
    }

    public org.timestation.place.PlaceService places() {
        return places;
    }

    public org.timestation.volunteer.VolunteerService volunteers() {
        return volunteers;
    }

    public org.timestation.exchange.ExchangeService exchanges() {
        return exchanges;
    }

    public org.timestation.cocreation.CoCreationService cocreation() {
        return cocreation;
    }

    public org.timestation.trust.TrustService trust() {
        return trust;
    }

    public org.timestation.funds.FundsService funds() {
        return funds;
    }

    public org.timestation.merchant.MerchantService merchants() {
        return merchants;
    }

    public org.timestation.activity.ActivityService activities() {
        return activities;
    }

    public org.timestation.proxy.ProxyService proxies() {
        return proxies;
    }

    public org.timestation.member.MemberCodes memberCodes() {
        return memberCodes;
    }

    /** Drives every time rule (auto-confirm, escalation, expiry): call {@code runDue()} every minute. */
    public org.timestation.schedule.Scheduler scheduler() {
        return scheduler;
    }

    public String nodeId() {
        return node.nodeId();
    }

    public EventStore store() {
        return store;
    }

    /** The ledger's clock: what every rule of this node reads, and what its events are dated by. */
    public Clock clock() {
        return clock;
    }

    /** Reads the projection under the lock (queries must not escape with live mutable objects). */
    @Override
    public <T> T read(Supplier<T> query) {
        requireAllowedThread();
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    private volatile java.util.function.Predicate<Thread> forbiddenThreads = t -> false;
    private volatile org.timestation.disk.DiskGuard disk;

    /** From now on, no write starts while {@code guard} says the disk is nearly full (null: no guard). */
    public void guardDisk(org.timestation.disk.DiskGuard guard) {
        this.disk = guard;
    }

    /** The disk guard, or null (a ledger in memory). */
    public org.timestation.disk.DiskGuard diskGuard() {
        return disk;
    }

    /**
     * Refuses every read and write on the threads {@code forbidden} names from now on: a desktop app
     * forbids its UI thread, so that a screen waiting on the ledger (a write holding the lock, a
     * long query) is a bug found at once, not a frozen window.
     */
    public void forbidThreads(java.util.function.Predicate<Thread> forbidden) {
        this.forbiddenThreads = forbidden;
    }

    private void requireAllowedThread() {
        if (forbiddenThreads.test(Thread.currentThread())) {
            throw new IllegalStateException("the ledger was called on " + Thread.currentThread().getName()
                    + ", which must never wait for it: hand the work to the background executor");
        }
    }

    /** A query over the whole projection; for reports, the verifier and tests. */
    public <T> T inspect(Function<CommunityState, T> query) {
        return read(() -> query.apply(state));
    }

    @Override
    public <T> T write(Function<EventSink, T> work) {
        requireAllowedThread();
        lock.lock();
        try {
            if (depth == 0) {
                requireClockNotBehind();
                requireOwnFeedTakenBack();
                org.timestation.disk.DiskGuard guard = disk;
                if (guard != null) {
                    guard.requireRoom(); // refused before anything is written: a commit never runs into a full disk
                }
            }
            depth++;
            int pendingAtEntry = pending.size();
            T result;
            try {
                result = work.apply(this::emit);
                if (depth == 1 && rollbackOnly) {
                    throw new IllegalStateException("a nested write failed after writing events; the whole write is undone");
                }
                if (depth == 1 && !pending.isEmpty()) {
                    long now = wall.millis();
                    boolean batchEnds = checkpoints.due(localHead.seq() - lastSignedSeq, now - lastSignedAt);
                    // a commit batch ends: sign the head and store the projection rows changed since the last one
                    commitPending(batchEnds ? List.of(node.sign(localHead.seq(), localHead.hash(), now)) : List.of(), batchEnds);
                    if (batchEnds) {
                        lastSignedSeq = localHead.seq();
                        lastSignedAt = now;
                    }
                }
            } catch (RuntimeException | Error e) {
                if (depth == 1) {
                    discardPending();
                } else if (pending.size() > pendingAtEntry) {
                    rollbackOnly = true; // its events are applied and cannot be taken back alone
                }
                throw e;
            } finally {
                depth--;
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Refuses to write while the wall clock is more than the tolerance behind the ledger's time (a dead
     * clock battery, a clock set back): events would be dated after it, and time rules would judge at
     * a time the clock does not show. Nothing is written until the clock is right.
     */
    private void requireClockNotBehind() {
        clockProblem().ifPresent(p -> {
            throw new DomainException(ErrorCode.CLOCK_BEHIND, when(wall.millis()), when(hlc.lastMillis()));
        });
    }

    /**
     * A station recovered onto a new machine takes its own feed back from the hub first: until it
     * holds every event before the seq its new key signs from, it writes nothing (its next event
     * would take a seq the hub already holds: a fork).
     */
    private void requireOwnFeedTakenBack() {
        if (recovering()) {
            throw new DomainException(ErrorCode.STATION_RECOVERING, localHead.seq(), ownKeyFrom - 1);
        }
    }

    private boolean recovering() {
        return localHead.seq() < ownKeyFrom - 1;
    }

    /** True while this station, recovered onto a new machine, has not yet taken all its own feed back from the hub (decision 0030). */
    public boolean takingOwnFeedBack() {
        lock.lock();
        try {
            return recovering();
        } finally {
            lock.unlock();
        }
    }

    /** Why this station cannot write now because of its clock (shown on the staff screen), or empty. */
    public java.util.Optional<org.timestation.text.Bilingual> clockProblem() {
        long behind = hlc.lastMillis() - wall.millis();
        if (!guardsItsClock || behind <= CLOCK_TOLERANCE.toMillis()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DomainException(ErrorCode.CLOCK_BEHIND, when(wall.millis()), when(hlc.lastMillis())).text());
    }

    private String when(long millis) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(state.policy().get().zoneId())
                .format(java.time.Instant.ofEpochMilli(millis));
    }

    private Event emit(org.timestation.ledger.LedgerEvent event) {
        if (depth == 0 || !lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("emit only inside write()");
        }
        String type = event.type();
        String payload;
        try {
            payload = org.timestation.ledger.EventCodec.encode(event);
        } catch (org.timestation.ledger.CanonicalJson.MalformedTextException broken) {
            throw new DomainException(ErrorCode.TEXT_MALFORMED, broken);
        }
        long seq = localHead.seq() + 1;
        long time = hlc.now();
        Hash hash = hasher.hash(node.nodeId(), seq, time, type, payload, localHead.hash());
        Event e = new Event(node.nodeId(), seq, time, type, payload, localHead.hash(), hash);
        touched = true;
        state.apply(e);
        pending.add(e);
        localHead = new FeedHead(node.nodeId(), seq, hash, time);
        return e;
    }

    private void commitPending(List<Checkpoint> checkpoints, boolean withProjection) {
        Map<org.timestation.ledger.RowKey, String> rows = withProjection ? state.drainDirtyRows() : Map.of();
        java.util.Set<org.timestation.ledger.RowKey> removed = withProjection ? state.drainRemovedRows() : java.util.Set.of();
        boolean ownEvents = pending.stream().anyMatch(e -> e.nodeId().equals(node.nodeId()));
        store.commit(new Commit(pending, checkpoints, rows, removed));
        pending.clear();
        touched = false;
        if (ownEvents) {
            for (Runnable r : afterOwnCommit) {
                r.run();
            }
        }
    }

    private final java.util.List<Runnable> afterOwnCommit = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Runs {@code r} after each commit of this node's own events (on the committing thread, under the
     * community's lock: it must only hand work to another thread, as the kiosk's background sync does).
     */
    public void afterOwnCommit(Runnable r) {
        afterOwnCommit.add(r);
    }

    private void discardPending() {
        pending.clear();
        rollbackOnly = false;
        localHead = store.head(node.nodeId());
        if (touched) {
            state.reloadFrom(store);
            touched = false;
        }
    }

    /**
     * Takes in events of other nodes' feeds (replication). Each must carry a correct hash, follow its
     * feed's head, and be covered by a validly signed checkpoint from {@code checkpoints} for its node
     * (keys registered in the store); otherwise nothing is taken in.
     */
    public void receive(List<Event> events, List<Checkpoint> checkpoints) {
        receive(events, checkpoints, s -> s::apply);
    }

    /**
     * {@link #receive(List, List)}, applying each event through what {@code applier} makes of the
     * projection: the hub judges every event of a pushed batch by the rule checker as it applies it,
     * and an exception from it refuses the whole batch (nothing is stored, the projection is reloaded).
     * When an event older than those applied arrives, the held events after it are applied again
     * through the same consumer (decision 0029): it tells them from the received ones by their ids.
     */
    public void receive(List<Event> events, List<Checkpoint> checkpoints,
                        java.util.function.Function<CommunityState, java.util.function.Consumer<Event>> applier) {
        lock.lock();
        try {
            if (depth != 0) {
                throw new IllegalStateException("receive() cannot run inside write()");
            }
            org.timestation.disk.DiskGuard guard = disk;
            if (guard != null && !events.isEmpty()) {
                guard.requireRoom(); // other stations' work waits at the hub until there is room
            }
            org.timestation.ledger.NodeKeys keys = store.nodeKeyHistory();
            long latestAllowed = wall.millis() + CLOCK_TOLERANCE.toMillis();
            for (Event e : events) {
                if (e.epochMillis() > latestAllowed) {
                    throw new DomainException(ErrorCode.EVENT_FROM_THE_FUTURE, e.id().toString(), when(e.epochMillis()), when(wall.millis()));
                }
                if (e.nodeId().equals(node.nodeId()) && !(recovering() && e.seq() < ownKeyFrom)) {
                    // only a recovered station takes its own events back: those its earlier key signed (decision 0030)
                    throw new IllegalArgumentException("refusing events of this node's own feed from elsewhere: " + e.id());
                }
                boolean matches;
                try {
                    matches = e.hashMatches(hasher);
                } catch (org.timestation.ledger.CanonicalJson.MalformedTextException broken) {
                    matches = false; // text with no UTF-8 form cannot be what was hashed
                }
                if (!matches) {
                    throw new IllegalArgumentException("event " + e.id() + " does not match its hash");
                }
            }
            Map<String, FeedHead> heads = store.heads();
            Map<String, FeedHead> after = AppendRule.advance(heads, events);
            for (FeedHead head : after.values()) {
                boolean signed = checkpoints.stream().anyMatch(c -> c.nodeId().equals(head.nodeId()) && c.seq() == head.seq()
                        && c.head().equals(head.hash()) && NodeIdentity.verify(c, keys.at(c.nodeId(), c.seq())));
                if (!signed) {
                    throw new IllegalArgumentException("no valid signed checkpoint for " + head.nodeId() + " at seq " + head.seq());
                }
            }
            List<Event> fresh = inHybridOrder(events, heads);
            depth++;
            try {
                java.util.function.Consumer<Event> apply = applier.apply(state);
                for (Event e : fresh) {
                    hlc.observe(e.hlc());
                }
                touched = true;
                state.insert(fresh, store, apply, apply);
                pending.addAll(events); // stored in the order received: each feed in its own order
                commitPending(checkpoints.stream().filter(c -> after.containsKey(c.nodeId())
                        && after.get(c.nodeId()).seq() == c.seq()).toList(), true);
                if (after.containsKey(node.nodeId())) { // its own feed taken back: it goes on from there, signed by the earlier key up to here
                    localHead = store.head(node.nodeId());
                    lastSignedSeq = Math.max(lastSignedSeq, localHead.seq());
                }
                state.snapshotIfDue();
            } catch (RuntimeException | Error e) {
                discardPending();
                throw e;
            } finally {
                depth--;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The received events in hybrid order (the order they are applied in, decision 0029). Each feed's
     * time must go forward, from its head on: otherwise its order would not be its seq order, and
     * nothing is taken in.
     */
    private static List<Event> inHybridOrder(List<Event> events, Map<String, FeedHead> heads) {
        Map<String, Long> lastTime = new java.util.HashMap<>();
        heads.forEach((id, h) -> lastTime.put(id, h.hlc()));
        for (Event e : events) {
            Long before = lastTime.put(e.nodeId(), e.hlc());
            if (before != null && e.hlc() <= before) {
                throw new IllegalArgumentException("event " + e.id() + " is dated before the one it follows in its feed: the feed's time went backwards");
            }
        }
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Event.HYBRID_ORDER);
        return sorted;
    }

    /**
     * Ends the current commit batch: signs this node's head if events after the last checkpoint are
     * unsigned, and stores the projection rows changed since they were last stored.
     */
    public void seal() {
        lock.lock();
        try {
            if (depth != 0) {
                return;
            }
            boolean unsigned = localHead.seq() > lastSignedSeq;
            if (!unsigned && !state.hasDirtyRows()) {
                return;
            }
            long now = wall.millis();
            List<Checkpoint> cps = unsigned ? List.of(node.sign(localHead.seq(), localHead.hash(), now)) : List.of();
            Map<org.timestation.ledger.RowKey, String> rows = state.drainDirtyRows();
            store.commit(new Commit(List.of(), cps, rows, state.drainRemovedRows()));
            if (unsigned) {
                lastSignedSeq = localHead.seq();
                lastSignedAt = now;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Seals the head if an unsigned tail is older than the checkpoint policy allows. The policy is
     * otherwise looked at only when the next commit comes; a station calls this from its
     * once-a-minute tick, so a quiet kiosk that is then killed leaves no tail unsigned for long.
     * Returns whether it sealed.
     */
    public boolean sealIfDue() {
        lock.lock();
        try {
            if (depth != 0 || localHead.seq() <= lastSignedSeq || !checkpoints.due(0, wall.millis() - lastSignedAt)) {
                return false;
            }
            seal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Compacts the ledger file when commits have grown it well beyond its live data (decision 0004):
     * the head is sealed first, writers wait meanwhile, nothing committed is lost. A station calls it
     * when it opens and once a night while nobody is at the kiosk. Returns whether it compacted.
     */
    public boolean compactIfWasteful() {
        lock.lock();
        try {
            if (depth != 0) {
                return false;
            }
            seal();
            return store.compactIfWasteful();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes a consistent backup of this node's ledger file to {@code zip} while it runs: the head is sealed
     * first and writers wait meanwhile. Only for a ledger in a file.
     */
    public void backupTo(java.nio.file.Path zip) {
        lock.lock();
        try {
            if (depth != 0) {
                throw new IllegalStateException("a backup inside a write");
            }
            seal();
            store.backupTo(zip);
        } finally {
            lock.unlock();
        }
    }

    /** Compacts the ledger file now (a quiet moment chosen by staff): sizes before and after, in bytes. */
    public long[] compactNow() {
        lock.lock();
        try {
            if (depth != 0) {
                throw new IllegalStateException("compacting inside a write");
            }
            seal();
            return store.compact();
        } finally {
            lock.unlock();
        }
    }

    /** Recreates the stored projection from the events. */
    public void rebuild() {
        lock.lock();
        try {
            CommunityState.rebuildStored(store);
            state.reloadFrom(store);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        seal();
        if (ownsStore) {
            store.close();
        }
    }
}
