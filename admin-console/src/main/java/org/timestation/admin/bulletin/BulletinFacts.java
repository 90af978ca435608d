package org.timestation.admin.bulletin;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timestation.activity.Activity;
import org.timestation.admin.app.dashboard.DashboardFigures;
import org.timestation.community.Community;
import org.timestation.community.CommunityState;
import org.timestation.exchange.ExchangeEvent;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.funds.FundsEntry;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.HybridLogicalClock;
import org.timestation.member.Member;
import org.timestation.merchant.MerchantEvent;
import org.timestation.merchant.PriceCheck;
import org.timestation.proxy.ProxyAct;
import org.timestation.trust.Incident;
import org.timestation.trust.Party;
import org.timestation.trust.TrustChange;

/**
 * What one month's bulletin says, worked out from the community's ledger: the month in numbers, the
 * top helpers (names in full only for members who agreed, {@code member.bulletin-name}; else 王*英), the trust board with the reasons that moved it, merchants'
 * integrity, the funds (opening + income − expenses = closing, every line), the 代办 acts, the
 * activities held, supply against demand, and the witness: the community log's checkpoint at the
 * month's end (or, for a station not enrolled, its own signed head).
 */
public record BulletinFacts(String community, String station, YearMonth month, int issue, ZoneId zone,
                            Numbers numbers, List<Helper> helpers, List<Board> board, List<Board> merchants,
                            List<MerchantNote> integrity, Funds funds, Proxy proxy, List<Held> activities,
                            List<DashboardFigures.Balance> services, List<Story> stories, boolean draft, Witness witness) {

    /** The month in numbers. */
    public record Numbers(long minutesExchanged, int helpers, int newMembers, int requests, int answered, int answeredIn30,
                          int disputesResolved, int disputesInTime) {
    }

    /** A helper and the minutes they gave this month (name masked). */
    public record Helper(String name, long minutes) {
    }

    /** A place on the trust board: name (masked for members), score, and this month's changes. */
    public record Board(String name, long score, List<Reason> reasons) {
    }

    /**
     * A thank-you note printed: its text, who wrote it (masked unless they agreed to be named) and whom it
     * thanks (named: only members who agreed to be named have their notes printed). Printed only where the
     * writer agreed when writing it ({@code exchange.rated} with share) and the member thanked agreed to be
     * named in the bulletin ({@code member.bulletin-name}); four stars or five.
     */
    public record Story(long at, String text, String writer, String thanked) {
    }

    /** A change of score: by how much, and the text key of why. */
    public record Reason(int delta, String key) {
    }

    /**
     * A merchant's month: incidents upheld (complaints and price checks found high; {@code worst} null when
     * none), the days it was paused, and its price checks: how many and how many fair.
     */
    public record MerchantNote(String name, int incidents, org.timestation.trust.IncidentLevel worst, int pausedDays, int priceChecks,
                               int priceChecksFair) {
    }

    /** One line of the funds ledger this month, in fen; approvers masked. */
    public record Line(long at, org.timestation.funds.FundsKind kind, String description, String voucher, long cashFen, List<String> approvers) {
    }

    public record Funds(long openingFen, long incomeFen, long expensesFen, long closingFen, List<Line> lines) {
        /** The arithmetic the bulletin prints: opening + income − expenses = closing. */
        public boolean adds() {
            return openingFen + incomeFen - expensesFen == closingFen;
        }
    }

    public record Proxy(int acts, int captains, int elders) {
    }

    public record Held(long at, String theme, String place, int came) {
    }

    /**
     * The signed checkpoint the bulletin prints: the signed note's text (what the QR holds), the tree size,
     * the root in hex, the key's fingerprint, how many stations cosigned; {@code ownHead}: a station's own
     * signed head, no hub checkpoint yet.
     */
    public record Witness(String note, long size, String rootHex, String keyFingerprint, int cosigners, boolean ownHead) {
    }

    /** How many helpers and board places are printed. */
    public static final int TOP = 10;

    /** How many thank-you notes are printed at most (the newest). */
    public static final int STORIES = 6;

    /** Works the month out; {@code witness} is found by the caller (the hub's log, or the station's head). */
    public static BulletinFacts of(Community c, String community, String station, YearMonth month, Witness witness) {
        ZoneId zone = c.policy().current().zoneId();
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long now = c.clock().millis();
        Scanned scanned = scan(c, from, to);
        Map<String, Long> accepted = scanned.accepted();
        Inside inside = c.inspect(s -> inside(s, from, to, accepted, zone));
        java.util.function.Function<String, String> name = id -> c.members().bulletinName(id); // in full only for who agreed
        java.util.function.Function<String, String> shop = id -> c.merchants().merchant(id).map(m -> m.shopName()).orElse(id);
        List<Board> board = new ArrayList<>();
        List<Board> shops = new ArrayList<>();
        for (Map.Entry<Party, Long> e : c.trust().scoresAsOf(to)) { // the board as it stood at the month's end
            Party p = e.getKey();
            if ((p.side() == Party.Side.MEMBER ? board : shops).size() >= TOP) {
                continue;
            }
            List<Reason> reasons = c.trust().history(p).stream().filter(t -> t.at() >= from && t.at() < to)
                    .sorted(Comparator.comparingLong(TrustChange::at)).map(t -> new Reason(t.delta(), t.reason().key()))
                    .toList();
            if (p.side() == Party.Side.MEMBER) {
                board.add(new Board(name.apply(p.id()), e.getValue(), reasons));
            } else {
                shops.add(new Board(shop.apply(p.id()), e.getValue(), reasons));
            }
        }
        Map<String, List<Incident>> byShop = new HashMap<>();
        for (Incident i : c.trust().incidentsBetween(from, to)) {
            if (i.party().side() == Party.Side.MERCHANT) {
                byShop.computeIfAbsent(i.party().id(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> checks = new HashMap<>(); // merchant → {checks, fair}
        for (MerchantEvent.PriceChecked p : scanned.priceChecks()) {
            int[] n = checks.computeIfAbsent(p.merchant(), k -> new int[2]);
            n[0]++;
            n[1] += p.verdict() == PriceCheck.Verdict.FAIR ? 1 : 0;
            byShop.computeIfAbsent(p.merchant(), k -> new ArrayList<>());
        }
        List<MerchantNote> integrity = new ArrayList<>();
        byShop.forEach((id, list) -> {
            long paused = list.stream().filter(i -> i.suspendedUntil() > 0)
                    .mapToLong(i -> Math.max(0, Math.min(Math.min(i.suspendedUntil(), i.resolvedAt() > 0 ? i.resolvedAt() : Long.MAX_VALUE), to)
                            - i.at())).sum(); // paused within the month
            int[] n = checks.getOrDefault(id, new int[2]);
            integrity.add(new MerchantNote(shop.apply(id), list.size(), list.stream().map(Incident::level).max(Comparator.naturalOrder()).orElse(null),
                    (int) Math.ceil(paused / (double) Duration.ofDays(1).toMillis()), n[0], n[1]));
        });
        integrity.sort(Comparator.comparing(MerchantNote::name));
        List<Story> stories = new ArrayList<>();
        for (Thanks t : scanned.thanks()) {
            Request r = c.exchanges().get(t.rated().request());
            String thanked = t.rated().by().equals(r.requesterId()) ? r.volunteerId() : r.requesterId();
            if (thanked != null && c.members().nameInBulletin(thanked)) {
                stories.add(new Story(t.at(), t.rated().text(), name.apply(t.rated().by()), name.apply(thanked)));
            }
        }
        stories.sort(Comparator.comparingLong(Story::at).reversed());
        stories = List.copyOf(stories.subList(0, Math.min(STORIES, stories.size())));
        long opening = 0;
        long income = 0;
        long expenses = 0;
        List<Line> lines = new ArrayList<>();
        for (FundsEntry f : c.funds().entries()) {
            if (f.at() < from) {
                opening += f.cashEffect();
            } else if (f.at() < to) {
                if (f.cashEffect() > 0) {
                    income += f.cashEffect();
                } else {
                    expenses -= f.cashEffect();
                }
                lines.add(new Line(f.at(), f.kind(), f.description(), f.voucherRef() == null ? "" : f.voucherRef(), f.cashEffect(),
                        f.approvers().stream().map(name).toList()));
            }
        }
        lines.sort(Comparator.comparingLong(Line::at));
        Funds funds = new Funds(opening, income, expenses, opening + income - expenses, lines);
        List<ProxyAct> acts = c.proxies().monthlyReport(month);
        Set<String> captains = new HashSet<>();
        Set<String> elders = new HashSet<>();
        acts.forEach(a -> {
            captains.add(a.captainId());
            elders.add(a.elderId());
        });
        List<Held> held = new ArrayList<>();
        for (Activity a : c.activities().between(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
            if ((a.state() == Activity.State.APPROVED || a.state() == Activity.State.CLOSED) && a.startAt() < now) {
                held.add(new Held(a.startAt(), a.theme(), a.place(), a.checkedIn().size()));
            }
        }
        held.sort(Comparator.comparingLong(Held::at));
        List<Helper> helpers = inside.given().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new Helper(name.apply(e.getKey()), e.getValue())).toList();
        return new BulletinFacts(community, station, month, issue(c, zone, month), zone, inside.numbers(), helpers, board, shops, integrity, funds,
                new Proxy(acts.size(), captains.size(), elders.size()), held, inside.services(), stories, now < to, witness);
    }

    /** What is read from the projection at one moment: the month's numbers, who gave how many minutes, supply and demand. */
    private record Inside(Numbers numbers, Map<String, Long> given, List<DashboardFigures.Balance> services) {
    }

    private static Inside inside(CommunityState s, long from, long to, Map<String, Long> accepted, ZoneId zone) {
        Map<String, Long> given = new HashMap<>();
        long minutes = 0;
        int requests = 0;
        int answered = 0;
        int in30 = 0;
        int resolved = 0;
        int inTime = 0;
        long resolveMs = Duration.ofHours(s.policy().get().disputeResolveHours()).toMillis();
        for (Request r : s.exchanges().all()) {
            if (r.state() == ExchangeState.SETTLED && r.endedAt() >= from && r.endedAt() < to && r.volunteerId() != null) {
                minutes += r.confirmedMinutes();
                given.merge(r.volunteerId(), r.confirmedMinutes(), Long::sum);
            }
            if (r.postedAt() >= from && r.postedAt() < to) {
                requests++;
                Long at = accepted.get(r.id());
                if (at != null) {
                    answered++;
                    if (at - r.postedAt() <= Duration.ofMinutes(30).toMillis()) {
                        in30++;
                    }
                }
            }
            Request.Dispute d = r.dispute();
            if (d != null && !d.isOpen() && d.resolvedAt() >= from && d.resolvedAt() < to) {
                resolved++;
                if (d.resolvedAt() - d.openedAt() <= resolveMs) {
                    inTime++;
                }
            }
        }
        int fresh = 0;
        for (Member m : s.members().all()) {
            if (m.registeredAt() >= from && m.registeredAt() < to) {
                fresh++;
            }
        }
        List<DashboardFigures.Balance> services = DashboardFigures.of(s, Instant.ofEpochMilli(to - 1), zone).services();
        return new Inside(new Numbers(minutes, given.size(), fresh, requests, answered, in30, resolved, inTime), given, services);
    }

    /** A rating with a note its writer agreed to share, and when it was written. */
    private record Thanks(long at, ExchangeEvent.Rated rated) {
    }

    /**
     * What one pass over the month's events finds: when each request was first accepted, the thank-you
     * notes their writers agreed to share (four or five stars), and the price checks.
     */
    private record Scanned(Map<String, Long> accepted, List<Thanks> thanks, List<MerchantEvent.PriceChecked> priceChecks) {
    }

    private static Scanned scan(Community c, long from, long to) {
        Map<String, Long> at = new HashMap<>();
        List<Thanks> thanks = new ArrayList<>();
        List<MerchantEvent.PriceChecked> checks = new ArrayList<>();
        c.store().forEachEventInHybridOrder(HybridLogicalClock.of(Math.max(0, from - Duration.ofDays(31).toMillis()), 0), (e, arrival) -> {
            long when = HybridLogicalClock.millis(e.hlc());
            if (when >= to + Duration.ofDays(1).toMillis()) {
                return;
            }
            switch (e.type()) {
                case "exchange.accepted" -> at.putIfAbsent(EventCodec.decode(ExchangeEvent.Accepted.class, e.payload()).request(), when);
                case "exchange.rated" -> {
                    ExchangeEvent.Rated r = EventCodec.decode(ExchangeEvent.Rated.class, e.payload());
                    if (when >= from && when < to && Boolean.TRUE.equals(r.share()) && r.text() != null && r.stars() >= 4) {
                        thanks.add(new Thanks(when, r));
                    }
                }
                case "merchant.price-checked" -> {
                    if (when >= from && when < to) {
                        checks.add(EventCodec.decode(MerchantEvent.PriceChecked.class, e.payload()));
                    }
                }
                default -> {
                }
            }
        });
        return new Scanned(at, thanks, checks);
    }

    /** 第 N 期: months since the ledger's first month, counting that month as 1. */
    private static int issue(Community c, ZoneId zone, YearMonth month) {
        long first = c.store().eventsInHybridOrder(0, 1).stream().findFirst().map(e -> HybridLogicalClock.millis(e.hlc())).orElse(0L);
        YearMonth start = YearMonth.from(Instant.ofEpochMilli(first).atZone(zone));
        return (int) Math.max(1, start.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
