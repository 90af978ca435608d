package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowKey;

/**
 * The exchange projection: every request and its state, and per volunteer the lifetime minutes
 * earned through exchanges, the stars received and the recent accepts (for tier, rating and load).
 */
public final class ExchangeBook {
    private static final String KIND = "exchange";
    private static final String STATS_KIND = "volunteer-stats";
    private static final String LOST_KIND = "accept-lost";
    /** Acceptances that came second (two stations offline took the same request): by request and volunteer. */
    private final Map<String, LostAccept> lost = new HashMap<>();

    /**
     * A volunteer took a request that, in the community's order of events, another volunteer had taken
     * first, or that had closed (decision 0029): the first keeps it, and this one is told on their next
     * visit ({@code told} once they were).
     */
    public record LostAccept(String request, String volunteer, long at, boolean told) {
        String key() {
            return request + "/" + volunteer;
        }
    }

    /** Per-volunteer figures for matching. */
    public record Stats(long earnedMinutes, long starSum, long ratings, List<Long> recentAccepts) {
        public Stats {
            recentAccepts = List.copyOf(recentAccepts);
        }

        /** Average stars ×100 (integer), 0 when never rated. */
        public long ratingX100() {
            return ratings == 0 ? 0 : starSum * 100 / ratings;
        }
    }

    private final Map<String, Request> requests = new HashMap<>();
    private final Map<String, Stats> stats = new HashMap<>();
    /** Member id → ids of the requests they asked for or took on (indexes for the kiosk's per-member lists). */
    private final Map<String, Set<String>> byMember = new HashMap<>();
    /** Ids of the requests open now (nobody has accepted them). */
    private final Set<String> open = new java.util.LinkedHashSet<>();
    /** Lapsed requests whose requester has not been told yet (few: the captains' lists read them). */
    private final Set<String> lapsed = new java.util.LinkedHashSet<>();
    private final Set<RowKey> dirty = new HashSet<>();

    private java.util.function.Consumer<String> onChange = id -> { };

    /** Told the member id whenever a member's matching-relevant data changes (the match index listens). */
    public void onChange(java.util.function.Consumer<String> listener) {
        this.onChange = listener;
    }

    public void apply(Event e) {
        apply(e, ExchangeEvent.of(e));
    }

    /** Applies an event already decoded (the rule checker decodes each event once). */
    public void apply(Event e, ExchangeEvent event) {
        long at = e.epochMillis();
        if (event instanceof ExchangeEvent.Requested q) {
            put(new Request(e.id().toString(), q.requester(), q.service(), q.startAt(), q.building(), q.requirements(),
                    q.preferredGender() == null ? null : q.preferredGender().name(), q.ageMin() == null ? 0 : q.ageMin(),
                    q.ageMax() == null ? 0 : q.ageMax(), q.proxy(), at, ExchangeState.OPEN, null, 0, 0, 0, 0, false, null, 0, 0, null, null, 0));
            return;
        }
        Request r = requests.get(((ExchangeEvent.OfRequest) event).request());
        if (r == null) {
            return; // an event about a request this node has not seen yet changes nothing
        }
        if (event instanceof ExchangeEvent.Accepted a) {
            if (r.state() != ExchangeState.OPEN) { // taken first by someone else, or closed: the earliest in the order wins
                if (!a.volunteer().equals(r.volunteerId())) {
                    putLost(new LostAccept(r.id(), a.volunteer(), at, false));
                }
                return;
            }
            put(r.with(ExchangeState.ACCEPTED, a.volunteer(), 0, 0, 0, 0, false));
            Stats s = stats(a.volunteer());
            List<Long> recent = new ArrayList<>(s.recentAccepts());
            recent.add(at);
            if (recent.size() > 20) {
                recent.remove(0);
            }
            putStats(a.volunteer(), new Stats(s.earnedMinutes(), s.starSum(), s.ratings(), recent));
        } else if (event instanceof ExchangeEvent.Cancelled c) {
            put(c.reopened() ? r.with(ExchangeState.OPEN, null, 0, 0, 0, 0, false)
                    : r.with(ExchangeState.CANCELLED, r.volunteerId(), 0, 0, 0, 0, false));
        } else if (event instanceof ExchangeEvent.NoShow) {
            put(r.with(ExchangeState.NO_SHOW, r.volunteerId(), 0, 0, 0, 0, false));
        } else if (event instanceof ExchangeEvent.Started st) {
            if (fromALostAccept(r, st.volunteer(), ExchangeState.ACCEPTED)) {
                return; // the volunteer who came second, at a station that had not heard: the request stays the first one's
            }
            put(r.with(ExchangeState.IN_SERVICE, r.volunteerId(), at, 0, 0, 0, false));
        } else if (event instanceof ExchangeEvent.Ended end) {
            if (fromALostAccept(r, end.volunteer(), ExchangeState.IN_SERVICE)) {
                return;
            }
            put(r.with(ExchangeState.ENDED, r.volunteerId(), r.startedAt(), at, end.minutes(), 0, false));
        } else if (event instanceof ExchangeEvent.Confirmed c) {
            if (r.state() == ExchangeState.ACCEPTED || r.state() == ExchangeState.IN_SERVICE) {
                // a confirmation follows an end: this one confirms the service of an accept that came second (its end was
                // ignored). The payment stands (the help was given); the hub lists it as a conflict (decision 0029)
                return;
            }
            put(r.with(ExchangeState.SETTLED, r.volunteerId(), r.startedAt(), r.endedAt(), r.timerMinutes(), c.minutes(), c.auto())
                    .paid(c.payment()));
            addEarned(r.volunteerId(), c.minutes());
        } else if (event instanceof ExchangeEvent.Disputed d) {
            put(r.disputed(ExchangeState.DISPUTED, new Request.Dispute(d.by(), d.reason(), at, d.before(), 0, null, 0)));
        } else if (event instanceof ExchangeEvent.DisputeResponded) {
            Request.Dispute d = r.dispute();
            put(r.disputed(r.state(), new Request.Dispute(d.by(), d.reason(), d.openedAt(), d.before(), at, null, 0)));
        } else if (event instanceof ExchangeEvent.DisputeResolved res) {
            Request.Dispute d = r.dispute();
            ExchangeState after = res.state();
            Request.Dispute closed = new Request.Dispute(d.by(), d.reason(), d.openedAt(), d.before(),
                    d.respondedAt() == 0 ? at : d.respondedAt(), res.outcome().name(), at);
            String volunteer = after == ExchangeState.OPEN ? null : r.volunteerId();
            Request next = r.with(after, volunteer, r.startedAt(), r.endedAt(), r.timerMinutes(), res.minutes(), r.autoConfirmed())
                    .disputed(after, closed);
            put(res.payment() != null ? next.paid(res.payment()) : next);
            addEarned(r.volunteerId(), res.minutes() - r.confirmedMinutes());
        } else if (event instanceof ExchangeEvent.Escalated esc) {
            put(r.escalated(esc.captain()));
        } else if (event instanceof ExchangeEvent.ContactPrinted) {
            put(r.contactPrinted(at));
        } else if (event instanceof ExchangeEvent.Lapsed) {
            if (r.state() == ExchangeState.OPEN) { // a second station's lapse of the same request changes nothing
                put(r.with(ExchangeState.LAPSED, null, 0, 0, 0, 0, false));
            }
        } else if (event instanceof ExchangeEvent.LapseTold) {
            if (r.state() == ExchangeState.LAPSED) {
                put(r.with(ExchangeState.LAPSED_TOLD, null, 0, 0, 0, 0, false));
            }
        } else if (event instanceof ExchangeEvent.AcceptLostTold told) {
            LostAccept l = lost.get(r.id() + "/" + told.volunteer());
            if (l != null && !l.told()) {
                putLost(new LostAccept(l.request(), l.volunteer(), l.at(), true));
            }
        } else if (event instanceof ExchangeEvent.Rated rated) {
            boolean byRequester = rated.by().equals(r.requesterId());
            put(r.rated(byRequester, rated.stars()));
            if (byRequester) {
                Stats s = stats(r.volunteerId());
                putStats(r.volunteerId(), new Stats(s.earnedMinutes(), s.starSum() + rated.stars(), s.ratings() + 1, s.recentAccepts()));
            }
        }
    }

    /**
     * True when a follow-up event names a volunteer other than the one who keeps the request, or comes
     * when the request is not in the state it follows (the first accept's branch did not get there):
     * it belongs to an accept that came second (decision 0029). Events written before release 0.2 name
     * no volunteer and are applied as before.
     */
    private static boolean fromALostAccept(Request r, String volunteer, ExchangeState expected) {
        return volunteer != null && (!volunteer.equals(r.volunteerId()) || r.state() != expected);
    }

    private void addEarned(String volunteer, long minutes) {
        if (volunteer != null && minutes != 0) {
            Stats s = stats(volunteer);
            putStats(volunteer, new Stats(s.earnedMinutes() + minutes, s.starSum(), s.ratings(), s.recentAccepts()));
        }
    }

    private void put(Request r) {
        index(r);
        dirty.add(new RowKey(KIND, r.id()));
    }

    private void index(Request r) {
        requests.put(r.id(), r);
        byMember.computeIfAbsent(r.requesterId(), k -> new HashSet<>()).add(r.id());
        if (r.volunteerId() != null) {
            byMember.computeIfAbsent(r.volunteerId(), k -> new HashSet<>()).add(r.id());
        }
        if (r.state() == ExchangeState.OPEN) {
            open.add(r.id());
        } else {
            open.remove(r.id());
        }
        if (r.state() == ExchangeState.LAPSED) {
            lapsed.add(r.id());
        } else {
            lapsed.remove(r.id());
        }
    }

    private void putLost(LostAccept l) {
        lost.put(l.key(), l);
        dirty.add(new RowKey(LOST_KIND, l.key()));
    }

    /** The requests {@code volunteerId} took second and has not been told of yet, oldest first. */
    public List<LostAccept> lostAcceptsToTell(String volunteerId) {
        return lost.values().stream().filter(l -> !l.told() && l.volunteer().equals(volunteerId))
                .sorted(java.util.Comparator.comparingLong(LostAccept::at).thenComparing(LostAccept::request)).toList();
    }

    private void putStats(String volunteer, Stats s) {
        stats.put(volunteer, s);
        dirty.add(new RowKey(STATS_KIND, volunteer));
        onChange.accept(volunteer);
    }

    public Optional<Request> request(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    public List<Request> all() {
        return new ArrayList<>(requests.values());
    }

    /** The requests {@code memberId} asked for or has (or had) taken on, in no order. */
    public List<Request> ofMember(String memberId) {
        Set<String> ids = byMember.getOrDefault(memberId, Set.of());
        List<Request> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(requests.get(id));
        }
        return out;
    }

    /** The requests open now, in no particular order. */
    public List<Request> open() {
        List<Request> out = new ArrayList<>(open.size());
        for (String id : open) {
            out.add(requests.get(id));
        }
        return out;
    }

    /** The lapsed requests whose requester has not been told yet, in no particular order. */
    public List<Request> lapsed() {
        List<Request> out = new ArrayList<>(lapsed.size());
        for (String id : lapsed) {
            out.add(requests.get(id));
        }
        return out;
    }

    public Stats stats(String volunteerId) {
        return stats.getOrDefault(volunteerId, new Stats(0, 0, 0, List.of()));
    }

    // ---- persistence ----

    public void clear() {
        requests.clear();
        stats.clear();
        byMember.clear();
        open.clear();
        lapsed.clear();
        lost.clear();
        dirty.clear();
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        dirty.forEach(k -> out.put(k, row(k)));
        dirty.clear();
    }

    public void allRows(Map<RowKey, String> out) {
        requests.keySet().forEach(id -> out.put(new RowKey(KIND, id), row(new RowKey(KIND, id))));
        stats.keySet().forEach(id -> out.put(new RowKey(STATS_KIND, id), row(new RowKey(STATS_KIND, id))));
        lost.keySet().forEach(id -> out.put(new RowKey(LOST_KIND, id), row(new RowKey(LOST_KIND, id))));
    }

    private String row(RowKey k) {
        if (k.kind().equals(LOST_KIND)) {
            LostAccept l = lost.get(k.key());
            return Payload.builder().put("request", l.request()).put("volunteer", l.volunteer()).put("at", l.at()).put("told", l.told()).encode();
        }
        if (k.kind().equals(STATS_KIND)) {
            Stats s = stats.get(k.key());
            return Payload.builder().put("earned", s.earnedMinutes()).put("starSum", s.starSum()).put("ratings", s.ratings())
                    .put("recent", new ArrayList<Object>(s.recentAccepts())).encode();
        }
        Request r = requests.get(k.key());
        return Payload.builder().put("requester", r.requesterId()).put("service", r.service().name()).put("startAt", r.startAt())
                .put("building", r.buildingId()).put("requirements", new ArrayList<Object>(r.requirements()))
                .put("preferredGender", r.preferredGender()).put("ageMin", (long) r.preferredAgeMin()).put("ageMax", (long) r.preferredAgeMax())
                .put("proxy", r.proxyCaptainId()).put("postedAt", r.postedAt()).put("state", r.state().name())
                .put("volunteer", r.volunteerId()).put("startedAt", r.startedAt()).put("endedAt", r.endedAt())
                .put("timer", r.timerMinutes()).put("confirmed", r.confirmedMinutes()).put("auto", r.autoConfirmed())
                .put("escalatedTo", r.escalatedTo()).put("requesterStars", (long) r.requesterStars())
                .put("volunteerStars", (long) r.volunteerStars()).put("payment", r.paymentEventId())
                .put("dispute", r.dispute() == null ? null : disputeRow(r.dispute()))
                .put("contactPrintedAt", r.contactPrintedAt() == 0 ? null : r.contactPrintedAt()).encode(); // left out until printed: older rows stay byte for byte
    }

    private static Map<String, Object> disputeRow(Request.Dispute d) {
        return Payload.builder().put("by", d.by()).put("reason", d.reason()).put("openedAt", d.openedAt()).put("before", d.before().name())
                .put("respondedAt", d.respondedAt()).put("outcome", d.outcome()).put("resolvedAt", d.resolvedAt()).map();
    }

    private static Request.Dispute dispute(Payload p) {
        if (!p.has("dispute")) {
            return null;
        }
        Payload d = p.obj("dispute");
        return new Request.Dispute(d.str("by"), d.str("reason"), d.num("openedAt"), ExchangeState.valueOf(d.str("before")),
                d.num("respondedAt"), d.optStr("outcome").orElse(null), d.num("resolvedAt"));
    }

    public boolean load(RowKey key, String value) {
        if (key.kind().equals(LOST_KIND)) {
            Payload p = Payload.parse(value);
            lost.put(key.key(), new LostAccept(p.str("request"), p.str("volunteer"), p.num("at"), p.bool("told")));
            return true;
        }
        if (key.kind().equals(STATS_KIND)) {
            Payload p = Payload.parse(value);
            List<Long> recent = new ArrayList<>();
            p.list("recent").forEach(o -> recent.add((Long) o));
            stats.put(key.key(), new Stats(p.num("earned"), p.num("starSum"), p.num("ratings"), recent));
            return true;
        }
        if (!key.kind().equals(KIND)) {
            return false;
        }
        Payload p = Payload.parse(value);
        List<String> reqs = new ArrayList<>();
        p.list("requirements").forEach(o -> reqs.add((String) o));
        index(new Request(key.key(), p.str("requester"), ServiceType.valueOf(p.str("service")), p.num("startAt"),
                p.str("building"), reqs, p.optStr("preferredGender").orElse(null), (int) p.num("ageMin"), (int) p.num("ageMax"),
                p.optStr("proxy").orElse(null), p.num("postedAt"), ExchangeState.valueOf(p.str("state")),
                p.optStr("volunteer").orElse(null), p.num("startedAt"), p.num("endedAt"), p.num("timer"), p.num("confirmed"),
                p.bool("auto"), p.optStr("escalatedTo").orElse(null), (int) p.num("requesterStars"), (int) p.num("volunteerStars"),
                p.optStr("payment").orElse(null), dispute(p), p.num("contactPrintedAt", 0)));
        return true;
    }
}
