package org.timestation.exchange;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.timestation.credit.CreditService;
import org.timestation.credit.Minutes;
import org.timestation.ledger.Event;
import org.timestation.ledger.Transactor;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.place.PlaceRegistry;
import org.timestation.policy.Policy;
import org.timestation.member.Identified;
import org.timestation.proxy.ProxyAct;
import org.timestation.proxy.ProxyService;
import org.timestation.text.DomainException;
import org.timestation.trust.Party;
import org.timestation.trust.TrustReason;
import org.timestation.trust.TrustService;
import org.timestation.text.ErrorCode;

/**
 * Time exchange (时间互助): post a request, match, accept, start and end the timer, confirm (the
 * requester may confirm fewer minutes), settle through the ledger, rate. Every step is an event;
 * every refusal is a typed error and writes nothing.
 */
public final class ExchangeService {
    private static final int MAX_TEXT = 200;
    private static final Duration GRACE_FOR_PAST_START = Duration.ofMinutes(30);
    private final Transactor tx;
    private final ExchangeBook book;
    private final MemberRegistry members;
    private final PlaceRegistry places;
    private final Matcher matcher;
    private final CreditService credits;
    private final Supplier<Policy> policy;
    private final Clock clock;
    private final TrustService trust;
    private final ProxyService proxies;

    public ExchangeService(Transactor tx, ExchangeBook book, MemberRegistry members, PlaceRegistry places, Matcher matcher,
                           CreditService credits, TrustService trust, ProxyService proxies, Supplier<Policy> policy, Clock clock) {
        this.tx = tx;
        this.trust = trust;
        this.proxies = proxies;
        this.book = book;
        this.members = members;
        this.places = places;
        this.matcher = matcher;
        this.credits = credits;
        this.policy = policy;
        this.clock = clock;
    }

    public Request post(PostRequest r) {
        return postAs(r, null);
    }

    /**
     * 代发布: a captain posts for an elder identified in the same session (card tap or PIN); the
     * request carries the captain's name and the act goes into the monthly proxy report.
     */
    public Request postOnBehalf(String captainId, Identified elder, PostRequest r) {
        return tx.write(sink -> {
            proxies.requireMayActFor(captainId, elder, r.requesterId());
            Request posted = postAs(r, captainId);
            proxies.record(captainId, elder, ProxyAct.Kind.POST, posted.id());
            return posted;
        });
    }

    /**
     * How often a request comes back (the handbooks' monthly 陪诊 and weekly 买菜): the same weekday
     * for four weeks, or the same day of the month for three months. Each date is a request of its own
     * (a volunteer may take one date without the others); all are posted in one commit or none.
     */
    public enum Repeat {
        ONCE(1), WEEKLY(4), MONTHLY(3);

        private final int times;

        Repeat(int times) {
            this.times = times;
        }

        /** How many requests a repeat posts. */
        public int times() {
            return times;
        }

        /** The i-th date (0 = the first), at the same wall-clock time in {@code zone}. */
        public java.time.Instant nth(java.time.Instant first, int i, java.time.ZoneId zone) {
            java.time.ZonedDateTime at = first.atZone(zone);
            return (this == MONTHLY ? at.plusMonths(i) : at.plusWeeks(i)).toInstant();
        }
    }

    /** Posts {@code r} and its repeats, one request per date, in one commit; the requests in date order. */
    public List<Request> post(PostRequest r, Repeat repeat) {
        return postEachDate(r, repeat, each -> postAs(each, null));
    }

    /** As {@link #postOnBehalf(String, Identified, PostRequest)}, with repeats; every request is one 代发布 act. */
    public List<Request> postOnBehalf(String captainId, Identified elder, PostRequest r, Repeat repeat) {
        return postEachDate(r, repeat, each -> postOnBehalf(captainId, elder, each));
    }

    /** Posts {@code r} once per date of {@code repeat}, all in one commit. */
    private List<Request> postEachDate(PostRequest r, Repeat repeat, java.util.function.Function<PostRequest, Request> poster) {
        if (r.startAt() == null) {
            throw new DomainException(ErrorCode.START_IN_PAST);
        }
        java.time.ZoneId zone = policy.get().zoneId();
        return tx.write(sink -> {
            List<Request> out = new ArrayList<>(repeat.times());
            for (int i = 0; i < repeat.times(); i++) {
                out.add(poster.apply(new PostRequest(r.requesterId(), r.service(), repeat.nth(r.startAt(), i, zone), r.buildingId(),
                        r.requirements(), r.preferredGender(), r.preferredAgeMin(), r.preferredAgeMax())));
            }
            return out;
        });
    }

    private Request postAs(PostRequest r, String proxy) {
        return tx.write(sink -> {
            member(r.requesterId());
            trust.requireNotRemoved(r.requesterId());
            if (r.service() == null) {
                throw new DomainException(ErrorCode.WRONG_STATE, "no service chosen");
            }
            places.building(r.buildingId()).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_BUILDING, String.valueOf(r.buildingId())));
            if (r.startAt() == null || r.startAt().isBefore(clock.instant().minus(GRACE_FOR_PAST_START))) {
                throw new DomainException(ErrorCode.START_IN_PAST);
            }
            for (String req : r.requirements()) {
                if (req == null || req.isBlank() || req.length() > MAX_TEXT) {
                    throw new DomainException(ErrorCode.TEXT_TOO_LONG, MAX_TEXT);
                }
            }
            Event e = sink.emit(new ExchangeEvent.Requested(r.requesterId(), r.service(), r.startAt().toEpochMilli(), r.buildingId(),
                    r.requirements(), r.preferredGender(), r.preferredAgeMin() > 0 ? r.preferredAgeMin() : null,
                    r.preferredAgeMax() > 0 ? r.preferredAgeMax() : null, proxy));
            return book.request(e.id().toString()).orElseThrow();
        });
    }

    /** One volunteer wins; a second accept is refused. */
    public Request accept(String requestId, String volunteerId) {
        return tx.write(sink -> {
            Request r = request(requestId);
            if (r.state() == ExchangeState.ACCEPTED || r.state() == ExchangeState.IN_SERVICE) {
                throw new DomainException(ErrorCode.ALREADY_ACCEPTED, requestId);
            }
            requireState(r, ExchangeState.OPEN);
            matcher.refusal(volunteerId, r, clock.instant()).ifPresent(code -> {
                throw new DomainException(code, volunteerId);
            });
            trust.requireNotRemoved(volunteerId);
            sink.emit(new ExchangeEvent.Accepted(requestId, volunteerId));
            return request(requestId);
        });
    }

    /** Either side cancels with a reason; when the volunteer withdraws, the request opens again for others. */
    public Request cancel(String requestId, String byMemberId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ErrorCode.REASON_REQUIRED);
        }
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.OPEN, ExchangeState.ACCEPTED);
            boolean volunteerWithdraws = byMemberId.equals(r.volunteerId());
            if (!volunteerWithdraws && !byMemberId.equals(r.requesterId())) {
                throw new DomainException(ErrorCode.NOT_A_PARTY, byMemberId, requestId);
            }
            sink.emit(new ExchangeEvent.Cancelled(requestId, byMemberId, reason.strip(), volunteerWithdraws));
            return request(requestId);
        });
    }

    /** The other side did not come. */
    public Request reportNoShow(String requestId, String byMemberId) {
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.ACCEPTED);
            String absent;
            if (byMemberId.equals(r.requesterId())) {
                absent = r.volunteerId();
            } else if (byMemberId.equals(r.volunteerId())) {
                absent = r.requesterId();
            } else {
                throw new DomainException(ErrorCode.NOT_A_PARTY, byMemberId, requestId);
            }
            sink.emit(new ExchangeEvent.NoShow(requestId, byMemberId, absent));
            trust.note(Party.member(absent), TrustReason.NO_SHOW, requestId);
            return request(requestId);
        });
    }

    /** The volunteer starts the timer at the kiosk. */
    public Request start(String requestId, String volunteerId) {
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.ACCEPTED);
            requireVolunteer(r, volunteerId);
            sink.emit(new ExchangeEvent.Started(requestId, volunteerId));
            return request(requestId);
        });
    }

    /** The volunteer stops the timer; the timer record (whole minutes, at least one) is what may be confirmed. */
    public Request end(String requestId, String volunteerId) {
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.IN_SERVICE);
            requireVolunteer(r, volunteerId);
            long ms = Math.max(0, clock.millis() - r.startedAt());
            long minutes = Math.max(1, (ms + 59_999) / 60_000);
            sink.emit(new ExchangeEvent.Ended(requestId, minutes, volunteerId));
            return request(requestId);
        });
    }

    /**
     * The requester confirms the help, possibly for fewer minutes than the timer; the credits move in
     * the same commit. The requester proves who they are by card or PIN (a member code does not pay).
     */
    public Request confirm(String requestId, Identified requester, Minutes minutes) {
        Identified.requireToSpend(requester, requester == null ? null : requester.memberId(), clock.instant());
        String requesterId = requester.memberId();
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.ENDED);
            if (!requesterId.equals(r.requesterId())) {
                throw new DomainException(ErrorCode.NOT_A_PARTY, requesterId, requestId);
            }
            if (minutes == null || !minutes.isPositive()) {
                throw new DomainException(ErrorCode.AMOUNT_NOT_POSITIVE, minutes == null ? Minutes.ZERO : minutes);
            }
            if (minutes.value() > r.timerMinutes()) {
                throw new DomainException(ErrorCode.MORE_THAN_TIMER, minutes, Minutes.of(r.timerMinutes()));
            }
            settle(sink, r, minutes, false);
            return request(requestId);
        });
    }

    private void settle(org.timestation.ledger.EventSink sink, Request r, Minutes minutes, boolean auto) {
        Event payment = credits.payForService(r.requesterId(), r.volunteerId(), minutes, r.id());
        sink.emit(new ExchangeEvent.Confirmed(r.id(), minutes.value(), auto, payment.id().toString()));
        trust.note(Party.member(r.volunteerId()), TrustReason.KEPT_PROMISE, r.id());
        trust.note(Party.member(r.requesterId()), auto ? TrustReason.LATE_CONFIRM : TrustReason.CONFIRMED_ON_TIME, r.id());
    }

    // ---- disputes (纠纷): respond within 1 h, resolve within 24 h ----

    /** How staff settle a dispute (the station handbook's outcomes). */
    public enum Resolution {
        /** Nothing wrong found: back to where it was. */
        DISMISS,
        /** Hours corrected from the timer record: the credits move for the corrected minutes. */
        CORRECT_HOURS,
        /** An unresolved quality problem: the volunteer receives half. */
        HALVE,
        /** Hours were falsely reported: corrected to the true minutes, and double the false minutes are deducted. */
        FALSE_REPORT,
        /** Another volunteer will do it again: the request opens again (only before anything was paid). */
        RESERVICE
    }

    /** Either side disputes an ended or settled exchange, with a reason; auto-confirmation then waits for staff. */
    public Request dispute(String requestId, String byMemberId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ErrorCode.REASON_REQUIRED);
        }
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.ENDED, ExchangeState.SETTLED);
            if (!byMemberId.equals(r.requesterId()) && !byMemberId.equals(r.volunteerId())) {
                throw new DomainException(ErrorCode.NOT_A_PARTY, byMemberId, requestId);
            }
            sink.emit(new ExchangeEvent.Disputed(requestId, byMemberId, reason.strip(), r.state()));
            return request(requestId);
        });
    }

    /** A staff member takes the dispute up (the 1-hour response). */
    public Request respond(String requestId, String operator, String note) {
        org.timestation.staff.Operators.require(operator, note);
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.DISPUTED);
            if (r.dispute().respondedAt() != 0) {
                throw new DomainException(ErrorCode.WRONG_STATE, requestId + " (responded)");
            }
            sink.emit(new ExchangeEvent.DisputeResponded(requestId, operator.strip(), note.strip()));
            return request(requestId);
        });
    }

    /**
     * Settles a dispute. {@code minutes} is the corrected time for CORRECT_HOURS and the true time for
     * FALSE_REPORT (ignored otherwise). Every credit effect is a ledger event in the same commit.
     */
    public Request resolve(String requestId, Resolution outcome, long minutes, String operator, String reason) {
        org.timestation.staff.Operators.require(operator, reason);
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.DISPUTED);
            boolean paid = r.dispute().before() == ExchangeState.SETTLED;
            long claimed = paid ? r.confirmedMinutes() : r.timerMinutes();
            long finalMinutes;
            ExchangeState after = ExchangeState.SETTLED;
            switch (outcome) {
                case DISMISS -> {
                    finalMinutes = r.confirmedMinutes();
                    after = r.dispute().before();
                }
                case CORRECT_HOURS -> finalMinutes = checkedMinutes(minutes, r.timerMinutes());
                case HALVE -> finalMinutes = Math.max(1, claimed / 2);
                case FALSE_REPORT -> {
                    if (minutes < 0 || minutes >= claimed) {
                        throw new DomainException(ErrorCode.MORE_THAN_TIMER, Minutes.of(minutes), Minutes.of(claimed));
                    }
                    finalMinutes = minutes;
                    credits.penalize(r.volunteerId(), Minutes.of((claimed - minutes) * policy.get().falseReportMultiplier()),
                            "虚报时长 false report on " + requestId + ": " + reason.strip(), operator);
                    if (minutes == 0) {
                        after = ExchangeState.CANCELLED;
                    }
                }
                case RESERVICE -> {
                    if (paid) {
                        throw new DomainException(ErrorCode.WRONG_STATE, requestId + " (already paid)");
                    }
                    finalMinutes = 0;
                    after = ExchangeState.OPEN;
                }
                default -> throw new IllegalStateException(outcome.name());
            }
            String payment = null;
            if (outcome != Resolution.DISMISS && outcome != Resolution.RESERVICE) {
                if (paid && r.paymentEventId() != null) {
                    credits.reverse(org.timestation.ledger.EventId.parse(r.paymentEventId()), "纠纷处理 dispute " + outcome + ": " + reason.strip(),
                            operator);
                }
                if (finalMinutes > 0) {
                    payment = credits.payForService(r.requesterId(), r.volunteerId(), Minutes.of(finalMinutes), r.id()).id().toString();
                }
            }
            sink.emit(new ExchangeEvent.DisputeResolved(requestId, outcome, finalMinutes, after, payment, operator.strip(), reason.strip()));
            if (outcome == Resolution.FALSE_REPORT) {
                trust.note(Party.member(r.volunteerId()), TrustReason.FALSE_REPORT, requestId);
            } else if (outcome == Resolution.HALVE || outcome == Resolution.RESERVICE) {
                trust.note(Party.member(r.volunteerId()), TrustReason.COMPLAINT_UPHELD, requestId);
            }
            return request(requestId);
        });
    }

    private static long checkedMinutes(long minutes, long timer) {
        if (minutes <= 0) {
            throw new DomainException(ErrorCode.AMOUNT_NOT_POSITIVE, Minutes.of(minutes));
        }
        if (minutes > timer) {
            throw new DomainException(ErrorCode.MORE_THAN_TIMER, Minutes.of(minutes), Minutes.of(timer));
        }
        return minutes;
    }

    /** A dispute past its service level: not responded to within the window, or not resolved within it. */
    public record Overdue(Request request, boolean response) {
    }

    public List<Overdue> overdueDisputes() {
        Policy p = policy.get();
        long now = clock.millis();
        return tx.read(() -> book.all().stream().filter(r -> r.state() == ExchangeState.DISPUTED).sorted(java.util.Comparator.comparing(Request::id))
                .<Overdue>mapMulti((r, out) -> {
                    Request.Dispute d = r.dispute();
                    if (d.respondedAt() == 0 && now - d.openedAt() >= Duration.ofMinutes(p.disputeRespondMinutes()).toMillis()) {
                        out.accept(new Overdue(r, true));
                    } else if (now - d.openedAt() >= Duration.ofHours(p.disputeResolveHours()).toMillis()) {
                        out.accept(new Overdue(r, false));
                    }
                }).toList());
    }

    /** What the scheduler did about one request, and why it could not if it could not. */
    public record Outcome(String requestId, DomainException refused) {
    }

    /** Confirms automatically, with the timer's minutes, every exchange ended more than 24 h ago. */
    public List<Outcome> autoConfirmDue() {
        long cutoff = clock.instant().minus(Duration.ofHours(policy.get().confirmWindowHours())).toEpochMilli();
        List<Request> due = tx.read(() -> book.all().stream()
                .filter(r -> r.state() == ExchangeState.ENDED && r.endedAt() <= cutoff)
                .sorted(java.util.Comparator.comparing(Request::id)).toList());
        List<Outcome> out = new ArrayList<>();
        for (Request r : due) {
            try {
                tx.write(sink -> {
                    settle(sink, r, Minutes.of(r.timerMinutes()), true);
                    return null;
                });
                out.add(new Outcome(r.id(), null));
            } catch (DomainException refused) {
                out.add(new Outcome(r.id(), refused)); // e.g. the pool is empty: the manager sees it in the outcome list
            }
        }
        return out;
    }

    /** Puts requests still open 6 h after posting on their building captain's list. */
    public List<Request> escalateUnmatched() {
        long cutoff = clock.instant().minus(Duration.ofHours(policy.get().unmatchedHours())).toEpochMilli();
        return tx.write(sink -> {
            List<Request> out = new ArrayList<>();
            List<Request> due = book.open().stream().filter(r -> r.state() == ExchangeState.OPEN && r.escalatedTo() == null
                    && r.postedAt() <= cutoff).sorted(java.util.Comparator.comparing(Request::id)).toList();
            for (Request r : due) {
                String captain = places.building(r.buildingId()).map(b -> b.captainId()).orElse(null);
                if (captain != null) {
                    sink.emit(new ExchangeEvent.Escalated(r.id(), captain));
                    out.add(request(r.id()));
                }
            }
            return out;
        });
    }

    /**
     * Closes every request nobody took whose time passed more than the policy's {@code lapseHours}
     * ago (the elder's 陪诊 of last month must not stay open for years). Nothing is paid; the
     * requester is told on their next visit ({@link #lapsesToTell}), and the captain's list keeps it
     * until then.
     */
    public List<Request> lapseStale() {
        long cutoff = clock.instant().minus(Duration.ofHours(policy.get().lapseHours())).toEpochMilli();
        return tx.write(sink -> {
            List<Request> due = book.open().stream().filter(r -> r.state() == ExchangeState.OPEN && r.startAt() <= cutoff)
                    .sorted(java.util.Comparator.comparing(Request::id)).toList();
            List<Request> out = new ArrayList<>(due.size());
            for (Request r : due) {
                sink.emit(new ExchangeEvent.Lapsed(r.id()));
                out.add(request(r.id()));
            }
            return out;
        });
    }

    /** {@code requesterId}'s requests that closed by themselves and that they have not been told of, oldest first. */
    public List<Request> lapsesToTell(String requesterId) {
        return tx.read(() -> book.ofMember(requesterId).stream().filter(r -> r.state() == ExchangeState.LAPSED && requesterId.equals(r.requesterId()))
                .sorted(java.util.Comparator.comparingLong(Request::startAt).thenComparing(Request::id)).toList());
    }

    /** Records that the requester was shown, at the kiosk, that these requests closed by themselves. */
    public void toldOfLapses(String requesterId, List<String> requestIds) {
        tx.write(sink -> {
            for (String id : requestIds) {
                Request r = request(id);
                if (!requesterId.equals(r.requesterId())) {
                    throw new DomainException(ErrorCode.NOT_A_PARTY, requesterId, id);
                }
                if (r.state() == ExchangeState.LAPSED) { // told at two stations at once: once is enough
                    sink.emit(new ExchangeEvent.LapseTold(id));
                }
            }
            return null;
        });
    }

    /**
     * The requests {@code volunteerId} took at a station that had not yet heard that another volunteer
     * took them first (or that they closed): the first keeps each one (decision 0029). Shown on their
     * next visit, with the request.
     */
    public List<Request> acceptsLostToTell(String volunteerId) {
        return tx.read(() -> book.lostAcceptsToTell(volunteerId).stream().map(l -> book.request(l.request()).orElseThrow()).toList());
    }

    /** Records that the volunteer saw, at the kiosk, that someone else keeps these requests. */
    public void toldOfLostAccepts(String volunteerId, List<String> requestIds) {
        tx.write(sink -> {
            java.util.Set<String> untold = new java.util.HashSet<>();
            book.lostAcceptsToTell(volunteerId).forEach(l -> untold.add(l.request()));
            for (String id : requestIds) {
                if (untold.contains(id)) { // told at two stations at once: once is enough
                    sink.emit(new ExchangeEvent.AcceptLostTold(id, volunteerId));
                }
            }
            return null;
        });
    }

    /** What the volunteer's contact slip says: whom to call, on which number, about what and when. */
    public record ContactSlip(Request request, String requesterName, String phone) {
    }

    /**
     * The requester's full phone number for the volunteer who accepted, to call them within the hour
     * (everywhere else it is shown masked; decision 0025). Only that volunteer, identified by card or
     * PIN, only while the help is ahead or under way; each time is recorded ({@code exchange.contact-printed})
     * and the requester sees it in 我的求助.
     */
    public ContactSlip contactSlip(String requestId, Identified volunteer) {
        return tx.write(sink -> {
            Request r = request(requestId);
            Identified.requireToSpend(volunteer, volunteer == null ? "" : volunteer.memberId(), clock.instant());
            requireVolunteer(r, volunteer.memberId());
            requireState(r, ExchangeState.ACCEPTED, ExchangeState.IN_SERVICE);
            Member requester = member(r.requesterId());
            if (requester.phone() == null) {
                throw new DomainException(ErrorCode.NO_PHONE, requester.maskedName());
            }
            sink.emit(new ExchangeEvent.ContactPrinted(requestId, volunteer.memberId()));
            return new ContactSlip(request(requestId), requester.name(), requester.phone().digits());
        });
    }

    /** Each side rates the other once, 1–5 stars with an optional short text, not to be printed. */
    public Request rate(String requestId, String byMemberId, int stars, String text) {
        return rate(requestId, byMemberId, stars, text, false);
    }

    /**
     * Each side rates the other once, 1–5 stars with an optional short text (a thank-you note); {@code share}:
     * the writer agreed the text may be printed in the monthly bulletin.
     */
    public Request rate(String requestId, String byMemberId, int stars, String text, boolean share) {
        if (stars < 1 || stars > 5) {
            throw new DomainException(ErrorCode.STARS_OUT_OF_RANGE, stars);
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new DomainException(ErrorCode.TEXT_TOO_LONG, MAX_TEXT);
        }
        return tx.write(sink -> {
            Request r = request(requestId);
            requireState(r, ExchangeState.SETTLED);
            boolean byRequester = byMemberId.equals(r.requesterId());
            if (!byRequester && !byMemberId.equals(r.volunteerId())) {
                throw new DomainException(ErrorCode.NOT_A_PARTY, byMemberId, requestId);
            }
            if ((byRequester ? r.volunteerStars() : r.requesterStars()) != 0) {
                throw new DomainException(ErrorCode.ALREADY_RATED, requestId);
            }
            String note = text == null || text.isBlank() ? null : text.strip();
            sink.emit(new ExchangeEvent.Rated(requestId, byMemberId, stars, note, note != null && share ? Boolean.TRUE : null));
            if (stars >= 4) {
                trust.note(Party.member(byRequester ? r.volunteerId() : r.requesterId()), TrustReason.GOOD_RATING, requestId);
            }
            return request(requestId);
        });
    }

    // ---- queries ----

    public Request get(String requestId) {
        return tx.read(() -> request(requestId));
    }

    public List<Candidate> candidates(String requestId) {
        return tx.read(() -> matcher.candidates(request(requestId), clock.instant()));
    }

    /** Open requests {@code volunteerId} may take (eligible, near, as preferred), soonest first, at most {@code limit}. */
    public List<Request> openRequestsFor(String volunteerId, int limit) {
        return tx.read(() -> {
            java.time.Instant now = clock.instant();
            long notBefore = now.minus(GRACE_FOR_PAST_START).toEpochMilli();
            return book.open().stream().filter(r -> r.state() == ExchangeState.OPEN && r.startAt() >= notBefore)
                    .filter(r -> matcher.isFor(volunteerId, r, now))
                    .sorted(java.util.Comparator.comparingLong(Request::startAt).thenComparing(Request::id)).limit(limit).toList();
        });
    }

    /**
     * A volunteer's own tasks still under way: accepted, in service, or ended within the confirmation
     * window (later ones are confirmed automatically or handled by staff), soonest first.
     */
    public List<Request> tasksOf(String volunteerId) {
        long window = clock.instant().minus(Duration.ofHours(policy.get().confirmWindowHours())).toEpochMilli();
        return tx.read(() -> book.ofMember(volunteerId).stream().filter(r -> volunteerId.equals(r.volunteerId()))
                .filter(r -> r.state() == ExchangeState.ACCEPTED || r.state() == ExchangeState.IN_SERVICE
                        || r.state() == ExchangeState.ENDED && r.endedAt() > window)
                .sorted(java.util.Comparator.comparingLong(Request::startAt).thenComparing(Request::id)).toList());
    }

    /**
     * A requester's own requests still under way: open, accepted, in service, or ended and waiting
     * for their confirmation (within the window), and those that closed by themselves that they have
     * not been told of; those waiting for confirmation first, then soonest first. What the requester
     * sees at the kiosk, to follow their requests and confirm them later.
     */
    public List<Request> requestsOf(String requesterId) {
        long window = clock.instant().minus(Duration.ofHours(policy.get().confirmWindowHours())).toEpochMilli();
        return tx.read(() -> book.ofMember(requesterId).stream().filter(r -> requesterId.equals(r.requesterId()))
                .filter(r -> r.state() == ExchangeState.OPEN || r.state() == ExchangeState.ACCEPTED || r.state() == ExchangeState.LAPSED
                        || r.state() == ExchangeState.IN_SERVICE || r.state() == ExchangeState.ENDED && r.endedAt() > window)
                .sorted(java.util.Comparator.comparing((Request r) -> r.state() != ExchangeState.ENDED).thenComparingLong(Request::startAt)
                        .thenComparing(Request::id)).toList());
    }

    /** How long after a service ended each side is still asked for their stars. */
    public static final Duration RATING_WINDOW = Duration.ofDays(7);

    /**
     * Settled exchanges {@code memberId} took part in (either side) and has not rated yet, that ended
     * within {@link #RATING_WINDOW}, newest first.
     */
    public List<Request> toRate(String memberId) {
        long since = clock.instant().minus(RATING_WINDOW).toEpochMilli();
        return tx.read(() -> book.ofMember(memberId).stream().filter(r -> r.state() == ExchangeState.SETTLED && r.endedAt() > since)
                .filter(r -> memberId.equals(r.requesterId()) && r.volunteerStars() == 0
                        || memberId.equals(r.volunteerId()) && r.requesterStars() == 0)
                .sorted(java.util.Comparator.comparingLong(Request::endedAt).reversed().thenComparing(Request::id)).toList());
    }

    /**
     * The captain's list: requests of their buildings still unmatched after 6 h, and those that then
     * closed by themselves until their requester has been told (the captain may tell them first).
     */
    public List<Request> captainList(String captainId) {
        return tx.read(() -> java.util.stream.Stream.concat(book.open().stream(), book.lapsed().stream())
                .filter(r -> captainId.equals(r.escalatedTo()) && (r.state() == ExchangeState.OPEN || r.state() == ExchangeState.LAPSED))
                .sorted(java.util.Comparator.comparingLong(Request::postedAt)).toList());
    }

    // ---- helpers ----

    private Member member(String id) {
        return members.byId(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(id)));
    }

    private Request request(String id) {
        return book.request(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_REQUEST, String.valueOf(id)));
    }

    private static void requireState(Request r, ExchangeState... allowed) {
        for (ExchangeState s : allowed) {
            if (r.state() == s) {
                return;
            }
        }
        throw new DomainException(ErrorCode.WRONG_STATE, r.id() + " (" + r.state() + ")");
    }

    private static void requireVolunteer(Request r, String volunteerId) {
        if (!volunteerId.equals(r.volunteerId())) {
            throw new DomainException(ErrorCode.NOT_A_PARTY, volunteerId, r.id());
        }
    }
}
