package org.timestation.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.timestation.catalogue.ServiceType;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.demo.DemoCommunity;
import org.timestation.exchange.Candidate;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.member.Identified;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.time.ManualClock;

/**
 * Residents at a kiosk, simulated (the soak tests, the benchmarks, field acceptance): each operation
 * goes through the same services the screens call, with the member proving who they are by PIN where
 * the screen would ask for it. Help is asked, accepted, started, ended after its minutes on the
 * station's clock, confirmed and rated; credits are given; vouchers are issued at merchants; members
 * check in at activities. What a kiosk would refuse (not enough credits, nobody free to help) is counted
 * as refused, as a resident would be told. It needs members who share one PIN: the demo community's.
 */
public final class LoadGenerator {
    /** How a run went, by kind of operation. */
    public record Result(int done, int refused, Map<String, Integer> byKind, Map<String, Integer> refusedWhy) {
    }

    private final Community c;
    private final ManualClock clock;
    private final Random random;
    private final String pin;
    private final List<Member> residents = new ArrayList<>();
    private final List<Member> merchants = new ArrayList<>();

    /**
     * A generator on {@code community}, opened with {@code clock} (which the generator moves forward:
     * a service lasts its minutes). {@code pin} is the members' PIN (the demo's, {@link DemoCommunity#DEMO_PIN}).
     */
    public LoadGenerator(Community community, ManualClock clock, long seed, String pin) {
        this.c = community;
        this.clock = clock;
        long latest = community.store().heads().values().stream().mapToLong(h -> org.timestation.ledger.HybridLogicalClock.millis(h.hlc())).max().orElse(0);
        if (clock.instant().toEpochMilli() <= latest) {
            clock.set(java.time.Instant.ofEpochMilli(latest + 1000)); // a station's clock never runs behind its ledger
        }
        this.random = new Random(seed);
        this.pin = pin;
        for (Member m : community.members().all()) {
            if (residents.size() >= 40) {
                break; // enough people; each PIN check is a deliberate Argon2id
            }
            boolean housed = community.inspect(st -> st.places().homeOf(m.id()).isPresent());
            if (!m.roles().contains(Role.STAFF) && !m.roles().contains(Role.MANAGER) && housed && knowsPin(m)) {
                residents.add(m);
            }
            if (m.roles().contains(Role.MERCHANT)) {
                merchants.add(m);
            }
        }
        if (residents.size() < 2) {
            throw new IllegalArgumentException("这个账本里没有用同一个密码的成员，负载生成只能用在演示社区上。"
                    + " / This ledger has no members sharing one PIN; the load generator works on the demo community only.");
        }
    }

    private boolean knowsPin(Member m) {
        try {
            c.members().identifyByPin(m.id(), pin);
            return true;
        } catch (DomainException wrongOrNone) {
            return false;
        }
    }

    private Identified pinOf(Member m) {
        return c.members().identifyByPin(m.id(), pin);
    }

    /** Performs {@code operations} resident operations. */
    public Result run(int operations) {
        return run(operations, java.time.Instant.MAX);
    }

    /** The station's time a run of {@code operations} takes at most, on average well under: 40 minutes each. */
    public static Duration budget(long operations) {
        return Duration.ofMinutes(40 * operations);
    }

    /**
     * Performs up to {@code operations} resident operations, stopping before the station's clock passes
     * {@code until} (a run against a hub must not date events after the hub's now).
     */
    public Result run(int operations, java.time.Instant until) {
        int done = 0;
        int refused = 0;
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> why = new TreeMap<>();
        for (int i = 0; i < operations && clock.instant().plus(Duration.ofHours(3)).isBefore(until); i++) {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(10)));
            Member a = residents.get(random.nextInt(residents.size()));
            int roll = random.nextInt(100);
            String kind = roll < 45 ? "help" : roll < 60 ? "ask" : roll < 75 ? "gift" : roll < 90 ? "redeem" : "reward";
            try {
                switch (kind) {
                    case "help" -> help(a);
                    case "ask" -> c.exchanges().post(PostRequest.of(a.id(), service(), clock.instant().plus(Duration.ofHours(2 + random.nextInt(48))), home(a)));
                    case "gift" -> c.credits().gift(pinOf(a), other(a).id(), Minutes.of(15L * (1 + random.nextInt(4))), "谢谢邻居 thanks, neighbour");
                    case "redeem" -> redeem(a);
                    default -> c.credits().reward(a.id(), Minutes.of(60), "活动参与 activity participation", "load-generator");
                }
                byKind.merge(kind, 1, Integer::sum);
                done++;
            } catch (DomainException refusedAsAtTheKiosk) {
                refused++;
                why.merge(refusedAsAtTheKiosk.code().name(), 1, Integer::sum);
            }
        }
        return new Result(done, refused, Map.copyOf(byKind), Map.copyOf(why));
    }

    /** Help from ask to rating: a volunteer takes it, serves 20-60 minutes, the requester confirms by PIN, both rate. */
    private void help(Member a) {
        Request r = c.exchanges().post(PostRequest.of(a.id(), service(), clock.instant().plus(Duration.ofMinutes(30)), home(a)));
        List<Candidate> cs = c.exchanges().candidates(r.id());
        if (cs.isEmpty()) {
            return; // nobody free: the request stays open, as at a kiosk
        }
        String volunteer = cs.get(random.nextInt(Math.min(3, cs.size()))).memberId();
        c.exchanges().accept(r.id(), volunteer);
        clock.advance(Duration.ofMinutes(5));
        c.exchanges().start(r.id(), volunteer);
        int minutes = 20 + random.nextInt(41);
        clock.advance(Duration.ofMinutes(minutes));
        c.exchanges().end(r.id(), volunteer);
        c.exchanges().confirm(r.id(), pinOf(a), Minutes.of(minutes));
        c.exchanges().rate(r.id(), a.id(), 4 + random.nextInt(2), "");
        c.exchanges().rate(r.id(), volunteer, 5, "");
    }

    private void redeem(Member a) {
        if (merchants.isEmpty()) {
            c.credits().reward(a.id(), Minutes.of(30), "活动参与 activity participation", "load-generator"); // no shop in this community
            return;
        }
        Member m = merchants.get(random.nextInt(merchants.size()));
        c.merchants().issueVoucher(pinOf(a), m.id(), Minutes.of(30L * (1 + random.nextInt(2))));
    }

    private Member other(Member a) {
        Member b = residents.get(random.nextInt(residents.size()));
        return b.id().equals(a.id()) ? residents.get((residents.indexOf(a) + 1) % residents.size()) : b;
    }

    private ServiceType service() {
        ServiceType[] all = {ServiceType.COMPANY, ServiceType.SHOPPING, ServiceType.REPAIR, ServiceType.ESCORT};
        return all[random.nextInt(all.length)];
    }

    private String home(Member m) {
        return c.inspect(s -> s.places().homeOf(m.id()).orElseThrow().id());
    }
}
