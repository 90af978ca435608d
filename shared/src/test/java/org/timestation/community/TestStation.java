package org.timestation.community;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.timestation.credit.Minutes;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.NodeIdentity;
import org.timestation.member.Gender;
import org.timestation.member.IdNumberHasher;
import org.timestation.member.IdNumbers;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;
import org.timestation.time.ManualClock;

/** A small station for rule tests: an in-memory (or given) store, a manual clock, helpers to register people. */
public final class TestStation implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant START = LocalDate.of(2026, 3, 1).atTime(9, 0).atZone(ZONE).toInstant();
    public final ManualClock clock;
    public final EventStore store;
    public final Community community;
    public final IdNumberHasher hasher = new IdNumberHasher(new byte[32]);
    /** This station's key: what an attacker with the data folder holds. */
    public final NodeIdentity node;
    private int serial;
    private final java.util.Map<String, String> idNumbers = new java.util.HashMap<>();

    public TestStation() {
        this(new InMemoryEventStore(), "station-test");
    }

    public TestStation(EventStore store, String nodeId) {
        this(store, nodeId, new ManualClock(START, ZONE));
    }

    /** Another node of the same community (its own store), sharing {@code clock} with the others in a test. */
    public TestStation(String nodeId, ManualClock clock) {
        this(new InMemoryEventStore(), nodeId, clock);
    }

    private TestStation(EventStore store, String nodeId, ManualClock clock) {
        this.clock = clock;
        this.store = store;
        this.node = NodeIdentity.generate(nodeId, new SecureRandom());
        this.community = new Community(store, true, node, hasher, clock, org.timestation.ledger.CheckpointPolicy.EVERY_COMMIT);
    }

    /** A valid ID number for someone born on {@code birth}. */
    public static String idNumber(LocalDate birth, int serial) {
        String first17 = "110105" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", serial % 1000);
        return first17 + IdNumbers.checkDigit(first17);
    }

    /** Registers a 40-year-old into any community (child processes use this). */
    public static Member registerInto(Community c, String name, int serial) {
        LocalDate birth = LocalDate.ofInstant(c.clock().instant(), ZONE).minusYears(40);
        return c.members().register(new Registration(name, Gender.MALE, birth, "幸福里2号楼", idNumber(birth, serial), "13912345678",
                EnumSet.of(Role.MEMBER)));
    }

    /** The member registered with {@link #registerInto} as {@code serial} taps their ID card (in the same year). */
    public static org.timestation.member.Identified tapInto(Community c, int serial) {
        LocalDate birth = LocalDate.ofInstant(c.clock().instant(), ZONE).minusYears(40);
        return c.members().identifyByCard(idNumber(birth, serial));
    }

    public Member register(String name, int age, Role... roles) {
        LocalDate birth = LocalDate.ofInstant(clock.instant(), ZONE).minusYears(age).minusDays(10);
        Set<Role> rs = EnumSet.of(Role.MEMBER);
        rs.addAll(java.util.List.of(roles));
        String id = idNumber(birth, ++serial);
        Member m = community.members().register(new Registration(name, Gender.FEMALE, birth, "幸福里1号楼", id, "13812345678", rs));
        idNumbers.put(m.id(), id);
        return m;
    }

    /** Replication: takes in every event of {@code other}'s store this node lacks, with its signed checkpoints. */
    public void pullFrom(TestStation other) {
        for (String node : other.store.heads().keySet()) {
            if (node.equals(community.nodeId())) {
                continue;
            }
            long have = store.head(node).seq();
            java.util.List<org.timestation.ledger.Event> events = other.store.feed(node, have, Integer.MAX_VALUE);
            if (events.isEmpty()) {
                continue;
            }
            store.registerNodeKey(node, other.store.nodeKeys().get(node));
            community.receive(events, java.util.List.of(other.store.latestCheckpoint(node).orElseThrow()));
        }
    }

    /**
     * Asserts that {@code command} is refused with {@code code}, with a Chinese message, and that
     * nothing was stored.
     */
    public void refused(org.timestation.text.ErrorCode code, Runnable command) {
        long before = store.eventCount();
        org.assertj.core.api.Assertions.assertThatThrownBy(command::run).isInstanceOfSatisfying(org.timestation.text.DomainException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(e.text().zh()).containsPattern("\\p{IsHan}");
            org.assertj.core.api.Assertions.assertThat(e.text().en()).isNotBlank();
        });
        org.assertj.core.api.Assertions.assertThat(store.eventCount()).as("nothing stored").isEqualTo(before);
    }

    /** The member taps their ID card at the kiosk now. */
    public org.timestation.member.Identified tapCard(Member m) {
        return tapCard(m.id());
    }

    public org.timestation.member.Identified tapCard(String memberId) {
        return community.members().identifyByCard(idNumbers.get(memberId));
    }

    /** Gives a member credits minted as a reward (earned now). */
    public void earn(Member m, long minutes) {
        community.credits().reward(m.id(), Minutes.of(minutes), "test reward", "staff-1");
    }

    private boolean hasTestBuilding;
    private final java.util.Set<String> profiled = new java.util.HashSet<>();

    /**
     * Help given and paid for as the kiosk does it: {@code requester} asks for it, {@code volunteer}
     * (given a volunteer profile the first time) accepts, times {@code minutes} and the requester
     * confirms them; the clock moves on by the time it took. Returns the payment. A rule that refuses
     * a step throws, as at the kiosk.
     */
    public org.timestation.ledger.Event serve(Member requester, Member volunteer, long minutes) {
        var ex = community.exchanges();
        if (!hasTestBuilding) {
            community.places().addBuilding("TS-1", "幸福里1号楼", 31_230_000, 121_470_000, "staff-1");
            hasTestBuilding = true;
        }
        if (profiled.add(volunteer.id())) {
            community.volunteers().setProfile(volunteer.id(), EnumSet.allOf(org.timestation.catalogue.ServiceType.class), true, true, true,
                    false, "staff-1", "实名认证 verified");
        }
        var r = ex.post(org.timestation.exchange.PostRequest.of(requester.id(), org.timestation.catalogue.ServiceType.COMPANY,
                clock.instant().plus(java.time.Duration.ofMinutes(10)), "TS-1"));
        ex.accept(r.id(), volunteer.id());
        ex.start(r.id(), volunteer.id());
        clock.advance(java.time.Duration.ofMinutes(minutes));
        ex.end(r.id(), volunteer.id());
        ex.confirm(r.id(), tapCard(requester), Minutes.of(minutes));
        String payment = ex.get(r.id()).paymentEventId();
        return store.event(org.timestation.ledger.EventId.parse(payment)).orElseThrow();
    }

    public void fundPool(long minutes) {
        community.credits().fundPool(Minutes.of(minutes), "test grant", "staff-1");
    }

    /**
     * What an attacker with the data folder (and so the node's key) can do: append an event of their
     * own making to this node's feed, hashed, chained and signed as the station would, bypassing every
     * rule the services check. Nothing in the running community sees it until the store is read again.
     */
    public org.timestation.ledger.Event forge(org.timestation.ledger.LedgerEvent event, java.time.Instant at) {
        long hlc = Math.max(org.timestation.ledger.HybridLogicalClock.of(at.toEpochMilli(), 0), store.head(node.nodeId()).hlc() + 1);
        return forgeRaw(event.type(), org.timestation.ledger.EventCodec.encode(event), hlc);
    }

    /** As {@link #forge}, with any type, payload and hybrid time (an unknown type, a malformed payload, a time that stands still). */
    public org.timestation.ledger.Event forgeRaw(String type, String payload, long hlc) {
        org.timestation.ledger.FeedHead head = store.head(node.nodeId());
        org.timestation.ledger.Hash h = new org.timestation.ledger.ChainHasher().hash(node.nodeId(), head.seq() + 1, hlc, type, payload, head.hash());
        org.timestation.ledger.Event e = new org.timestation.ledger.Event(node.nodeId(), head.seq() + 1, hlc, type, payload, head.hash(), h);
        store.commit(new org.timestation.ledger.Commit(java.util.List.of(e),
                java.util.List.of(node.sign(e.seq(), h, org.timestation.ledger.HybridLogicalClock.millis(hlc))), java.util.Map.of()));
        return e;
    }

    @Override
    public void close() {
        community.close();
    }
}
