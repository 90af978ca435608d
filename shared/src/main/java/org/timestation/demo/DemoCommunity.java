package org.timestation.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.timestation.community.Community;
import org.timestation.exchange.Candidate;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.catalogue.ServiceType;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.NodeIdentity;
import org.timestation.datafolder.DataFolder;
import org.timestation.member.Gender;
import org.timestation.member.IdNumberHasher;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.time.ManualClock;

/**
 * Builds a realistic, deterministic demo community: members with roles (elders, volunteers,
 * captains, merchants, staff), three stations' feeds plus the admin console's, months of help paid
 * for, gifts, rewards, redemptions, corrections and expiries. The same options give the same
 * ledger byte for byte. Used by the kiosk's demo mode, screenshots, benchmarks and tests.
 */
public final class DemoCommunity {
    public static final List<String> STATIONS = List.of("station-a", "station-b", "station-c");
    public static final String ADMIN_NODE = "admin";
    /** The demo's merchant terminal (the kiosk app started in merchant mode at a partner shop). */
    public static final String MERCHANT_NODE = "merchant-1";
    /**
     * The demo's fixed people, with made-up ID numbers (valid check digits, not anyone's): the kiosk's
     * simulated card reader taps these cards. The last card is not registered (the registration flow).
     */
    public record Persona(String name, Gender gender, LocalDate birth, String idNumber, String phone, Set<Role> roles) {
    }

    public static final List<Persona> PERSONAS = List.of(
            persona("王秀英", Gender.FEMALE, LocalDate.of(1944, 3, 15), "13800000001", Role.MEMBER),
            persona("李志强", Gender.MALE, LocalDate.of(1985, 6, 20), "13800000002", Role.MEMBER, Role.VOLUNTEER, Role.CO_CREATOR),
            persona("张建国", Gender.MALE, LocalDate.of(1962, 9, 9), "13800000003", Role.MEMBER, Role.VOLUNTEER, Role.CAPTAIN),
            persona("赵丽", Gender.FEMALE, LocalDate.of(1978, 1, 30), "13800000004", Role.MEMBER, Role.MERCHANT),
            persona("周敏", Gender.FEMALE, LocalDate.of(1983, 4, 12), "13800000006", Role.MEMBER, Role.STAFF),
            persona("陈新", Gender.MALE, LocalDate.of(1990, 5, 5), "13800000005", Role.MEMBER));

    /** How many personas are registered (the last one's card is new to the station). */
    public static final int REGISTERED_PERSONAS = 5;

    private static Persona persona(String name, Gender g, LocalDate birth, String phone, Role... roles) {
        String first17 = "110105" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + (g == Gender.MALE ? "991" : "992");
        return new Persona(name, g, birth, first17 + org.timestation.member.IdNumbers.checkDigit(first17), phone,
                EnumSet.copyOf(List.of(roles)));
    }

    /** Every demo member's PIN (for the kiosk's phone + PIN sign-in); a real member chooses their own. */
    public static final String DEMO_PIN = "135790";
    private static final ZoneId ZONE = ZoneId.of(Policy.DEFAULT.zone());

    /** Options of the generator. {@code daily} = operations per station per day. */
    public record Options(int members, int months, long seed, LocalDate until, int daily) {
        public Options {
            if (members < 10) {
                throw new IllegalArgumentException("the demo needs at least 10 members");
            }
            if (months < 1 || daily < 1) {
                throw new IllegalArgumentException("months and daily must be at least 1");
            }
        }

        public static Options of(int members, int months, long seed, LocalDate until) {
            return new Options(members, months, seed, until, Math.max(2, members / 20));
        }
    }

    /** What was built. */
    public record Summary(int members, long events, List<String> feeds) {
    }

    private final Options options;
    private final Random random;
    /** For the thank-you notes only. */
    private final Random notes;
    /** The kiosk's set thank-you phrases (kiosk text thanks.phrase-N). */
    private static final String[] THANKS = {"谢谢您，帮了我大忙", "准时又细心，辛苦了", "像家里人一样贴心", "下次还想请您帮忙"};
    private final ManualClock clock;

    private DemoCommunity(Options options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.notes = new Random(options.seed() * 31 + 7);
        ZonedDateTime start = options.until().minusMonths(options.months()).atStartOfDay(ZONE);
        this.clock = new ManualClock(start.toInstant(), ZONE);
    }

    /** Builds the community into an empty data folder, whose own node becomes {@value #ADMIN_NODE}. */
    public static Summary generate(Path dataDir, Options options) {
        return generate(dataDir, options, ADMIN_NODE);
    }

    /**
     * Builds the community into an empty data folder whose own node is {@code ownNode} (the admin
     * console or one of {@link #STATIONS}): that node's key and the community's ID hash key are saved there.
     */
    public static Summary generate(Path dataDir, Options options, String ownNode) {
        if (!ownNode.equals(ADMIN_NODE) && !ownNode.equals(MERCHANT_NODE) && !STATIONS.contains(ownNode)) {
            throw new IllegalArgumentException("the demo's nodes are " + ADMIN_NODE + ", " + STATIONS + " and " + MERCHANT_NODE + ", not " + ownNode);
        }
        if (!DataFolder.at(dataDir).isEmpty()) {
            throw new DomainException(org.timestation.text.ErrorCode.FOLDER_NOT_EMPTY, dataDir.toAbsolutePath());
        }
        // Built beside the folder and moved in only when complete: a failure leaves the folder as it was.
        Path work = null;
        try {
            Path parent = dataDir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            work = Files.createTempDirectory(parent, ".demo-");
            byte[] idKey = idHashKey(options.seed());
            DataFolder building = DataFolder.at(work.resolve("data"));
            building.create(new DataFolder.Keys(identity(ownNode, options.seed()), idKey)); // the same rules as any station's folder
            Summary summary;
            try (EventStore store = building.openForBulkLoad()) { // thrown away if the build fails
                summary = new DemoCommunity(options).build(store, new IdNumberHasher(idKey));
            }
            building.moveTo(dataDir);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover hidden temp folder is harmless
        }
    }

    /** Builds into any store (tests use an in-memory one). */
    public static Summary generate(EventStore store, Options options) {
        return new DemoCommunity(options).build(store, new IdNumberHasher(idHashKey(options.seed())));
    }

    /** The key pair of a demo node: derived from the seed and the node's name, so each is stable on its own. */
    static NodeIdentity identity(String nodeId, long seed) {
        return NodeIdentity.generate(nodeId, seeded(seed * 31 + nodeId.hashCode()));
    }

    private static byte[] idHashKey(long seed) {
        byte[] key = new byte[32];
        seeded(seed ^ 0x1D5EEDL).nextBytes(key);
        return key;
    }

    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Summary build(EventStore store, IdNumberHasher hasher) {
        List<NodeIdentity> nodes = new ArrayList<>();
        nodes.add(identity(ADMIN_NODE, options.seed()));
        for (String s : STATIONS) {
            nodes.add(identity(s, options.seed()));
        }
        nodes.add(identity(MERCHANT_NODE, options.seed()));
        List<Community> group = Community.group(store, nodes, hasher, clock, seeded(options.seed() ^ 0x5A17L)); // PIN salts from the seed: the same ledger every time
        Community console = group.get(0);
        List<Community> stations = group.subList(1, 1 + STATIONS.size());
        this.terminal = group.get(group.size() - 1);
        this.stationForLife = stations.get(0);
        long grant = Math.max(50, options.members());
        console.write(sink -> {
            for (long left = grant; left > 0; left -= 100) {
                console.credits().fundPool(Minutes.ofCredits(Math.min(100, left)), "开站基金 opening pool grant", "staff-001");
            }
            return null;
        });
        // Registration happens at the stations, spread over the first month.
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < options.members(); i++) {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(20)));
            Community c = stations.get(i % stations.size());
            while (true) {
                try {
                    Registration reg = i < REGISTERED_PERSONAS ? personaRegistration(PERSONAS.get(i)) : person(i);
                    Member m = c.members().register(reg);
                    people.add(m);
                    if (i < REGISTERED_PERSONAS) {
                        personaIds.add(m.id());
                    }
                    idNumbers.put(m.id(), reg.idNumber());
                    if (i < 40) {
                        c.members().setPin(m.id(), DEMO_PIN);
                    }
                    break;
                } catch (DomainException duplicate) {
                    // a made-up ID number collided with an earlier one: make up another
                }
            }
        }
        List<Member> volunteers = people.stream().filter(m -> m.has(Role.VOLUNTEER)).toList();
        List<Member> merchants = people.stream().filter(m -> m.has(Role.MERCHANT)).toList();
        List<Member> residents = people.stream().filter(m -> !m.has(Role.MERCHANT)).toList();
        setUpPlacesAndVolunteers(console, people);
        console.write(sink -> {
            for (Member m : people.subList(0, Math.min(REGISTERED_PERSONAS, people.size()))) {
                if (m.has(Role.VOLUNTEER)) {
                    console.volunteers().setProfile(m.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-001",
                            "实名认证与承诺书 verified, pledge signed");
                }
            }
            return null;
        });
        onboardMerchants(console, merchants);
        // a quarter of the volunteers agreed at a kiosk to have their full names (and the thanks written to them) in the bulletin
        console.write(sink -> {
            for (Member v : volunteers) {
                if (notes.nextInt(4) == 0) {
                    console.members().setBulletinName(v.id(), true, v.id(), "");
                }
            }
            return null;
        });

        LocalDate day = LocalDate.ofInstant(clock.instant(), ZONE).plusDays(1);
        while (day.isBefore(options.until())) {
            java.time.Instant opening = day.atTime(8, 0).atZone(ZONE).toInstant();
            for (Community c : stations) {
                // the stations take turns through the day: each one's morning follows the last one's, so events
                // are written in the order of their times, as stations that sync would write them
                java.time.Instant start = opening.plusSeconds(random.nextInt(3600));
                clock.set(start.isAfter(clock.instant()) ? start : clock.instant().plusSeconds(60 + random.nextInt(600)));
                java.time.Instant closing = day.atTime(20, 0).atZone(ZONE).toInstant();
                c.write(sink -> {
                    // the station closes at 20:00: a busy day's work never runs into the next (or past today: the demo
                    // is dated up to now, and a node refuses events from the future)
                    for (int k = 0; k < options.daily() && clock.instant().isBefore(closing); k++) {
                        clock.advance(Duration.ofSeconds(30 + random.nextInt(600 * 10 / options.daily() + 1)));
                        finishServices(c, false);
                        oneOperation(c, residents, volunteers, merchants);
                    }
                    finishServices(c, true);
                    return null;
                });
            }
            if (day.getDayOfMonth() == 1) {
                monthly(store, console, people, day);
            }
            if (day.getDayOfMonth() == 15 && !merchants.isEmpty()) { // a captain checks one shop's member price each month: fair
                Member shop = merchants.get(day.getMonthValue() % merchants.size());
                console.merchants().checkPrice(shop.id(), "鸡蛋（每斤）", 500, 525, 525, "staff-001");
            }
            stations.get(0).exchanges().lapseStale(); // requests nobody took close a day after their time
            if (day.equals(options.until().minusDays(3))) {
                personasToldAndOneLeftToTell(stations.get(0), people);
            }
            day = day.plusDays(1);
        }
        leaveRequestsInEveryState(stations.get(0), residents, day);
        clock.set(options.until().atStartOfDay(ZONE).toInstant());
        console.credits().expireDue();
        applicationsWaiting(stations.get(1), options.members());
        group.forEach(Community::close); // ends every node's commit batch: heads signed, projection stored
        List<String> feeds = new ArrayList<>(store.heads().keySet());
        feeds.sort(null);
        return new Summary(people.size(), store.eventCount(), feeds);
    }

    /** Two residents registered at a station this morning; their applications wait for the staff (the console's approvals). */
    private void applicationsWaiting(Community station, int members) {
        int waiting = 0;
        for (int i = members; waiting < 2 && i < members + 50; i++) {
            clock.advance(Duration.ofMinutes(5 + random.nextInt(20)));
            Registration reg = person(i);
            try {
                station.members().apply(new Registration(reg.name(), reg.gender(), reg.birthDate(), reg.address(), reg.idNumber(), reg.phone(),
                        EnumSet.of(Role.MEMBER, Role.VOLUNTEER)), DEMO_PIN, DEMO_PIN);
                waiting++;
            } catch (DomainException duplicate) {
                // a made-up ID number collided with a member's: make up another
            }
        }
    }

    /** Twelve buildings about 400 m apart, homes from the address, captains, and volunteers' checked profiles. */
    private void setUpPlacesAndVolunteers(Community console, List<Member> people) {
        console.write(sink -> {
            for (int b = 0; b < BUILDINGS; b++) {
                console.places().addBuilding(building(b), DemoNames.COMPOUND + (b + 1) + "号楼",
                        31_230_000 + (b / 4) * 3_600L, 121_470_000 + (b % 4) * 4_200L, "staff-001");
            }
            int captainIndex = 0;
            for (int i = 0; i < people.size(); i++) {
                Member m = people.get(i);
                console.places().setHome(m.id(), building(i % BUILDINGS), "staff-001");
                if (m.has(Role.CAPTAIN) && captainIndex < BUILDINGS) {
                    console.places().setCaptain(building(captainIndex++), m.id(), "staff-001");
                }
                if (m.has(Role.VOLUNTEER)) {
                    java.util.Set<ServiceType> offers = EnumSet.noneOf(ServiceType.class);
                    for (ServiceType t : ServiceType.values()) {
                        if (random.nextInt(100) < 45) {
                            offers.add(t);
                        }
                    }
                    offers.add(ServiceType.COMPANY);
                    console.volunteers().setProfile(m.id(), offers, random.nextInt(100) < 92, random.nextInt(100) < 95,
                            random.nextInt(100) < 90, random.nextInt(100) < 2, "staff-001", "实名认证与承诺书 verified, pledge signed");
                }
            }
            return null;
        });
    }

    private static String building(int b) {
        return "B" + (b + 1);
    }

    private static final int BUILDINGS = 12;

    /**
     * A whole exchange: asked, matched, accepted, timed, confirmed (sometimes for less), often rated. {@code stopAt}
     * 0 to 4 leaves it posted, accepted, started, ended, or settled and not rated. Returns false if nobody could help.
     */
    private boolean oneExchange(Community c, Member requester, int stopAt) {
        ServiceType[] types = ServiceType.values();
        String home = homeBuilding(c, requester);
        Request r = c.exchanges().post(new PostRequest(requester.id(), types[random.nextInt(types.length)],
                clock.instant().plus(Duration.ofMinutes(30)), home, List.of(), null, 0, 0));
        if (stopAt == 0) {
            return true;
        }
        List<Candidate> candidates = c.exchanges().candidates(r.id());
        if (candidates.isEmpty()) {
            return false;
        }
        String volunteer = candidates.get(random.nextInt(Math.min(3, candidates.size()))).memberId();
        c.exchanges().accept(r.id(), volunteer);
        if (stopAt == 1) {
            return true;
        }
        c.exchanges().start(r.id(), volunteer);
        if (stopAt == 2) {
            return true;
        }
        Duration service = Duration.ofMinutes(30 + 15L * random.nextInt(8));
        if (stopAt == 99 && options.daily() > BUSY) {
            // a busy station serves the next residents while the volunteer is out: the service ends later (finishServices)
            inService.add(new InService(r.id(), volunteer, requester, clock.instant().plus(service)));
            return true;
        }
        clock.advance(service);
        finish(c, r.id(), volunteer, requester, stopAt);
        return true;
    }

    /**
     * Above this many operations a day, a station has several volunteers out at once: a whole exchange's
     * service runs while the station goes on, instead of the station waiting for it (a day holds 12 hours).
     */
    static final int BUSY = 20;

    /** An exchange whose service is under way at a busy station, and when it ends. */
    private record InService(String request, String volunteer, Member requester, java.time.Instant endsAt) {
    }

    private final List<InService> inService = new ArrayList<>();

    /**
     * Ends and settles the services under way whose time has come, or all of them at the station's
     * closing (the clock waits for each one's end), in the order they end.
     */
    private void finishServices(Community c, boolean all) {
        inService.sort(java.util.Comparator.comparing(InService::endsAt));
        while (!inService.isEmpty() && (all || !inService.get(0).endsAt().isAfter(clock.instant()))) {
            InService s = inService.remove(0);
            if (clock.instant().isBefore(s.endsAt())) {
                clock.set(s.endsAt());
            }
            try {
                finish(c, s.request(), s.volunteer(), s.requester(), 99);
            } catch (DomainException refused) {
                // a kiosk would show the message; the demo simply moves on
            }
        }
    }

    /** The end of an exchange whose service is over: ended, confirmed (sometimes for less), often rated; {@code stopAt} as in oneExchange. */
    private void finish(Community c, String request, String volunteer, Member requester, int stopAt) {
        Request ended = c.exchanges().end(request, volunteer);
        if (stopAt == 3) {
            return;
        }
        long minutes = random.nextInt(10) == 0 ? Math.max(1, ended.timerMinutes() - 15) : ended.timerMinutes();
        c.exchanges().confirm(request, tap(c, requester), Minutes.of(minutes));
        if (stopAt == 4) {
            return; // settled, not rated yet
        }
        if (random.nextInt(3) > 0) {
            int stars = 3 + random.nextInt(3);
            // some write a thank-you from the kiosk's phrases, and some of those agree to its printing (a stream of its own:
            // the rest of the demo stays as it was)
            String note = stars >= 4 && notes.nextInt(3) == 0 ? THANKS[notes.nextInt(THANKS.length)] : null;
            c.exchanges().rate(request, requester.id(), stars, note, note != null && notes.nextBoolean());
        }
    }

    /**
     * Three days before the end: the personas have been told of every request of theirs that lapsed,
     * and the elder asks for shopping help that nobody will take (it lapses, and the kiosk tells her).
     */
    private void personasToldAndOneLeftToTell(Community c, List<Member> people) {
        for (Member p : people.subList(0, Math.min(REGISTERED_PERSONAS, people.size()))) {
            tellLapses(c, p);
        }
        Member elder = people.get(0);
        java.time.Instant evening = LocalDate.ofInstant(clock.instant(), ZONE).atTime(19, 0).atZone(ZONE).toInstant();
        if (clock.instant().isBefore(evening)) {
            clock.set(evening);
        }
        c.exchanges().post(new PostRequest(elder.id(), ServiceType.SHOPPING, clock.instant().plus(Duration.ofHours(14)),
                homeBuilding(c, elder), List.of(), null, 0, 0));
    }

    /** The member visits: the kiosk tells them of their requests that closed by themselves. */
    private static void tellLapses(Community c, Member m) {
        List<String> lapsed = c.exchanges().lapsesToTell(m.id()).stream().map(Request::id).toList();
        if (!lapsed.isEmpty()) {
            c.exchanges().toldOfLapses(m.id(), lapsed);
        }
    }

    /** The building of {@code m}'s home (the first building if none is set). */
    private static String homeBuilding(Community c, Member m) {
        return c.inspect(s -> s.places().homeOf(m.id()).map(b -> b.id()).orElse(building(0)));
    }

    /** One resident's action at a station; refusals (not enough credit, …) are part of real life and skipped. */
    private void oneOperation(Community c, List<Member> residents, List<Member> volunteers, List<Member> merchants) {
        Member a = residents.get(random.nextInt(residents.size()));
        int roll = random.nextInt(100);
        if (!personaIds.contains(a.id())) { // on a visit, a resident is told of requests that closed by themselves (the personas: see above)
            tellLapses(c, a);
        }
        try {
            if (roll < 70 && !volunteers.isEmpty()) {
                oneExchange(c, a, 99);
            } else if (roll < 80) {
                Member b = residents.get(random.nextInt(residents.size()));
                c.credits().gift(tap(c, a), b.id(), Minutes.of(30 + 30L * random.nextInt(4)),
                        DemoNames.GIFT_MEMOS[random.nextInt(DemoNames.GIFT_MEMOS.length)]);
            } else if (roll < 90 && !merchants.isEmpty()) {
                Member m = merchants.get(random.nextInt(merchants.size()));
                org.timestation.merchant.IssuedVoucher v = c.merchants().issueVoucher(tap(c, a), m.id(), Minutes.of(30L * (1 + random.nextInt(4))));
                if (random.nextInt(10) < 8) {
                    terminal.merchants().redeem(v.code(), m.id()); // most are used at the shop the same day; the rest expire and are refunded
                }
            } else {
                c.credits().reward(a.id(), Minutes.of(60), "活动参与 activity participation", "captain-demo");
            }
        } catch (DomainException refused) {
            // a kiosk would show the message; the demo simply moves on
        }
    }

    /**
     * The last evening's requests, left in every state a station sees: open, accepted, in service,
     * waiting for confirmation, cancelled, a no-show, and one open long enough to be on a captain's list.
     */
    private void leaveRequestsInEveryState(Community c, List<Member> residents, LocalDate lastDay) {
        java.time.Instant morning = options.until().minusDays(1).atTime(9, 0).atZone(ZONE).toInstant();
        if (clock.instant().isBefore(morning)) {
            clock.set(morning); // never back in time: events already written may be later than 9:00 (long exchanges)
        }
        for (int stage = 0; stage <= 3; stage++) {
            for (int k = 0; k < 2; k++) {
                try {
                    oneExchange(c, residents.get(random.nextInt(residents.size())), stage);
                } catch (DomainException refused) {
                    // not this resident: fine for a demo
                }
            }
        }
        try {
            oneExchange(c, residents.get(2), 4); // help the captain persona (张建国) has still to rate: the kiosk asks him for stars
        } catch (DomainException refused) {
            // fine for a demo
        }
        try {
            // help asked in a building with a captain, which nobody takes: it goes on the captain's list
            c.exchanges().post(PostRequest.of(residents.get(2).id(), ServiceType.HAIRCUT, clock.instant().plus(Duration.ofHours(3)), building(0)));
            Request cancelled = c.exchanges().post(PostRequest.of(residents.get(0).id(), ServiceType.REPAIR, clock.instant().plus(Duration.ofHours(2)), building(0)));
            c.exchanges().cancel(cancelled.id(), residents.get(0).id(), "已经修好了 fixed it myself");
            Member r1 = residents.get(1);
            Request noShow = c.exchanges().post(PostRequest.of(r1.id(), ServiceType.COMPANY, clock.instant().plus(Duration.ofHours(1)),
                    homeBuilding(c, r1)));
            List<Candidate> cs = c.exchanges().candidates(noShow.id());
            if (!cs.isEmpty()) {
                c.exchanges().accept(noShow.id(), cs.get(0).memberId());
                c.exchanges().reportNoShow(noShow.id(), r1.id());
                // and one whose hours the requester disputes, waiting for staff
                Request disputed = c.exchanges().post(PostRequest.of(r1.id(), ServiceType.COMPANY, clock.instant().plus(Duration.ofHours(1)),
                        noShow.buildingId()));
                String v = cs.get(cs.size() - 1).memberId();
                c.exchanges().accept(disputed.id(), v);
                c.exchanges().start(disputed.id(), v);
                clock.advance(Duration.ofMinutes(95));
                c.exchanges().end(disputed.id(), v);
                c.exchanges().dispute(disputed.id(), r1.id(), "只修了一个小时 only an hour of work");
            }
        } catch (DomainException refused) {
            // fine for a demo
        }
        clock.advance(Duration.ofHours(7));
        c.scheduler().runDue(); // unmatched for 6 h: onto the captains' lists
        elderHasCreditsAndARecentRequest(c, residents.get(0)); // after the day's help was paid
    }

    /**
     * The README's elder, 王秀英, can do what it suggests on the last day: redeem credits (the station
     * rewarded her help at an activity) and follow a recent request (陪诊 the day after tomorrow).
     */
    private void elderHasCreditsAndARecentRequest(Community c, Member elder) {
        try {
            long balance = c.credits().balance(AccountId.member(elder.id())).value();
            if (balance < 4 * 60) { // fresh credits: a neighbour's gift would pass on lots that may be near their expiry
                c.credits().reward(elder.id(), Minutes.of(4 * 60 - balance), "社区活动志愿服务 helped at a community activity", "captain-demo");
            }
            java.time.Instant escort = LocalDate.ofInstant(clock.instant(), ZONE).plusDays(2).atTime(9, 0).atZone(ZONE).toInstant();
            c.exchanges().post(new PostRequest(elder.id(), ServiceType.ESCORT, escort,
                    homeBuilding(c, elder), List.of("行动不便，需要搀扶"), null, 0, 0));
        } catch (DomainException refused) {
            // fine for a demo
        }
    }

    private void monthly(EventStore store, Community console, List<Member> people, LocalDate day) {
        clock.set(day.atTime(20, 0).atZone(ZONE).toInstant());
        communityLife(console, stationForLife, people, day);
        {
            console.credits().expireDue();
            Member captain = people.stream().filter(m -> m.has(Role.CAPTAIN)).findFirst().orElse(people.get(0));
            console.credits().reward(captain.id(), Minutes.of(Policy.DEFAULT.captainOfMonthMinutes()), "月度优秀楼长 captain of the month", "manager-001");
            // a staff correction now and then: reverse the latest service payment of a station
            List<Event> recent = store.feed(STATIONS.get(day.getMonthValue() % STATIONS.size()),
                    Math.max(0, store.head(STATIONS.get(day.getMonthValue() % STATIONS.size())).seq() - 5), 5);
            for (Event e : recent) {
                if (e.payload().contains("\"kind\":\"SERVICE\"")) {
                    try {
                        console.credits().reverse(e.id(), "重复记录 duplicate record", "staff-001");
                    } catch (DomainException ignored) {
                        // already reversed
                    }
                    break;
                }
            }
            if (day.getMonthValue() == 6) {
                Member m = people.get(random.nextInt(people.size()));
                console.members().setHardship(m.id(), true, "staff-001", "困难家庭 hardship household");
            }
        }
    }

    private final java.util.Set<String> personaIds = new java.util.HashSet<>();
    private Community terminal;
    private Community stationForLife;
    private final java.util.Map<String, String> idNumbers = new java.util.HashMap<>();

    /** The member taps their ID card at the station (what spending credits needs). */
    private org.timestation.member.Identified tap(Community station, Member m) {
        return station.members().identifyByCard(idNumbers.get(m.id()));
    }

    /** Partner merchants: every member with the merchant role signs an agreement, with a deposit. */
    private void onboardMerchants(Community console, List<Member> merchants) {
        String[] shops = {"幸福超市", "老街理发", "便民药房", "阿芳早餐", "社区洗衣"};
        for (int i = 0; i < merchants.size(); i++) {
            String first17 = String.format("9131011%010d", 1_000_000L + i * 7919L);
            String licence = first17 + org.timestation.merchant.Licence.checkChar(first17);
            LocalDate from = LocalDate.ofInstant(clock.instant(), ZONE);
            console.merchants().onboard(merchants.get(i).id(), new org.timestation.merchant.MerchantService.Terms(shops[i % shops.length]
                    + (i < shops.length ? "" : String.valueOf(i + 1)), licence, 50_000L + 50_000L * (i % 4), "凭证/保证金-" + (i + 1) + ".jpg",
                    i % 3 == 0 ? 400 : 500, 120, 600, from, options.until().plusYears(1), 30), "staff-001");
        }
    }

    /**
     * A month of community life besides exchanges (on the 1st, from 20:00): fees and expenses in the
     * funds ledger, an activity with check-ins and its rewards, a training, vouchers past their last
     * day refunded, a captain acting for an elder, and now and then a trust incident.
     */
    private void communityLife(Community console, Community station, List<Member> people, LocalDate day) {
        try {
            console.funds().record(org.timestation.funds.FundsKind.MEMBERSHIP_FEE, 100L * (10 + random.nextInt(20)) * 100,
                    "会员年费 membership fees", "凭证/年费-" + day + ".jpg", List.of("staff-001"), "staff-001", null);
            console.funds().record(org.timestation.funds.FundsKind.EXPENSE, 100L * (5 + random.nextInt(30)) * 10,
                    "活动物料 activity supplies", "凭证/支出-" + day + ".jpg", List.of("staff-001", "manager-001", "captain-rep"), "staff-001", null);
        } catch (DomainException refused) {
            // not enough money this month: the expense waits
        }
        List<Member> captains = people.stream().filter(m -> m.has(Role.CAPTAIN)).toList();
        if (captains.isEmpty()) {
            return;
        }
        Member captain = captains.get(day.getMonthValue() % captains.size());
        java.time.Instant start = clock.instant().plus(Duration.ofMinutes(30));
        org.timestation.activity.Activity a = station.activities().propose(captain.id(), new org.timestation.activity.ActivityService.Plan(
                DemoNames.ACTIVITIES[day.getMonthValue() % DemoNames.ACTIVITIES.length], start, start.plus(Duration.ofHours(2)),
                "社区活动室", 30, "场地、茶水"));
        station.activities().decide(a.id(), true, "staff-001", "方案可行 approved");
        org.timestation.activity.Activity training = station.activities().publishTraining(new org.timestation.activity.ActivityService.Plan(
                "智能手机课 phone class", start, start.plus(Duration.ofHours(2)), "驿站教室", 20, null), "教手机", "staff-001");
        int joining = 6 + random.nextInt(10);
        for (int k = 0; k < joining; k++) {
            Member m = people.get(random.nextInt(people.size()));
            try {
                station.activities().signUp(a.id(), m.id());
                if (k % 3 == 0) {
                    station.activities().signUp(training.id(), m.id());
                }
            } catch (DomainException refused) {
                // signed up already, or not enough credits for the training
            }
        }
        clock.set(start);
        for (String m : station.activities().get(a.id()).signedUp()) {
            station.activities().checkIn(a.id(), m);
        }
        for (String m : station.activities().get(training.id()).signedUp()) {
            station.activities().checkIn(training.id(), m);
        }
        clock.advance(Duration.ofHours(2));
        station.activities().close(a.id(), captain.id(), "大家很开心 everyone enjoyed it");
        station.activities().close(training.id(), "staff-001", "全部结业 all completed");
        console.merchants().refundExpired();
        // a captain posts for an elder who tapped their card at the kiosk
        Member elder = people.stream().filter(m -> m.ageOn(day) >= 75 && !m.has(Role.CAPTAIN)).findFirst().orElse(null);
        if (elder != null && idNumbers.containsKey(elder.id())) {
            try {
                org.timestation.member.Identified tapped = station.members().identifyByCard(idNumbers.get(elder.id()));
                String home = homeBuilding(station, elder);
                station.exchanges().postOnBehalf(captain.id(), tapped, new PostRequest(elder.id(), ServiceType.ESCORT,
                        clock.instant().plus(Duration.ofDays(1)), home, List.of(), null, 0, 0));
            } catch (DomainException refused) {
                // fine for a demo
            }
        }
        if (day.getMonthValue() % 4 == 0) {
            Member m = people.get(random.nextInt(people.size()));
            console.trust().incident(org.timestation.trust.Party.member(m.id()), org.timestation.trust.IncidentLevel.MINOR,
                    "忘记确认互助时长 forgot to confirm", "staff-001", null);
        }
        if (day.getMonthValue() == 9) {
            Member m = people.get(random.nextInt(people.size()));
            console.trust().incident(org.timestation.trust.Party.member(m.id()), org.timestation.trust.IncidentLevel.MODERATE,
                    "虚报互助时长 reported an hour too much", "staff-001", Minutes.of(60));
            // a spot check finds a shop charging more than cost + 5%: a moderate incident in the same commit
            people.stream().filter(x -> x.has(Role.MERCHANT)).findFirst().ifPresent(shop -> console.merchants().checkPrice(shop.id(),
                    "大米（每斤）", 300, 315, 340, "staff-001"));
        }
    }

    private static Registration personaRegistration(Persona p) {
        return new Registration(p.name(), p.gender(), p.birth(), DemoNames.COMPOUND + "1号楼1单元101室", p.idNumber(), p.phone(), p.roles());
    }

    private Registration person(int i) {
        boolean elder = random.nextInt(100) < 35;
        LocalDate until = options.until();
        LocalDate birth = elder ? until.minusYears(65 + random.nextInt(25)).minusDays(random.nextInt(365))
                : until.minusYears(19 + random.nextInt(45)).minusDays(random.nextInt(365));
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        String name = DemoNames.SURNAMES[random.nextInt(DemoNames.SURNAMES.length)]
                + DemoNames.GIVEN[random.nextInt(DemoNames.GIVEN.length)];
        String id = idNumber(DemoNames.REGIONS[i % DemoNames.REGIONS.length], birth, i, gender);
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", (long) random.nextInt(1_000_000_000));
        Set<Role> roles = EnumSet.of(Role.MEMBER);
        int r = random.nextInt(100);
        if (!elder && r < 45) {
            roles.add(Role.VOLUNTEER);
        }
        if (i % 25 == 3) {
            roles.add(Role.CAPTAIN);
            roles.add(Role.VOLUNTEER);
        }
        if (i % 30 == 7) {
            roles.add(Role.MERCHANT);
        }
        if (i % 17 == 5) {
            roles.add(Role.CO_CREATOR);
        }
        if (i == REGISTERED_PERSONAS) { // the first one after the personas runs the station: the console's demo manager
            roles.add(Role.STAFF);
            roles.add(Role.MANAGER);
        }
        String address = DemoNames.COMPOUND + (1 + i % 12) + "号楼" + (1 + random.nextInt(6)) + "单元" + (101 + random.nextInt(18) * 100 / 10) + "室";
        return new Registration(name, gender, birth, address, id, phone, roles);
    }

    /** A valid ID number (check digit included) for a made-up resident; sequence digits keep them unique. */
    static String idNumber(String region, LocalDate birth, int serial, Gender gender) {
        int seq = (serial % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", seq % 1000).substring(0, 3);
        return first17 + org.timestation.member.IdNumbers.checkDigit(first17);
    }
}
