package org.timestation.exchange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.place.Building;
import org.timestation.place.PlaceRegistry;
import org.timestation.policy.Policy;
import org.timestation.text.ErrorCode;
import org.timestation.volunteer.Tier;
import org.timestation.volunteer.VolunteerProfile;
import org.timestation.volunteer.VolunteerRegistry;

/**
 * Who may help with a request, and in which order (DESIGN.md §5): volunteers 18+ who are real-name
 * verified, have signed the pledge, offer the service and are not suspended (childcare: 25+ and a
 * clean record), living within 3 km of the request; higher tier first, then better rating, then
 * fewer recent accepts, then nearer.
 */
public final class Matcher {
    private static final Duration RECENT = Duration.ofDays(30);
    private static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::tier).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::ratingX100).reversed())
            .thenComparingInt(Candidate::recentLoad)
            .thenComparingLong(Candidate::metres)
            .thenComparing(Candidate::memberId);
    private final VolunteerRegistry volunteers;
    private final MemberRegistry members;
    private final PlaceRegistry places;
    private final ExchangeBook book;
    private final Supplier<Policy> policy;

    public Matcher(VolunteerRegistry volunteers, MemberRegistry members, PlaceRegistry places, ExchangeBook book, Supplier<Policy> policy) {
        this.volunteers = volunteers;
        this.members = members;
        this.places = places;
        this.book = book;
        this.policy = policy;
    }

    /** Why {@code volunteerId} may not take {@code r}, or empty when they may. Distance is a ranking rule, not a bar. */
    public Optional<ErrorCode> refusal(String volunteerId, Request r, Instant now) {
        return refusal(volunteerId, r, LocalDate.ofInstant(now, policy.get().zoneId()), policy.get());
    }

    private Optional<ErrorCode> refusal(String volunteerId, Request r, LocalDate today, Policy p) {
        Optional<VolunteerProfile> profile = volunteers.profile(volunteerId);
        Optional<Member> member = members.byId(volunteerId);
        if (profile.isEmpty() || member.isEmpty()) {
            return Optional.of(ErrorCode.NOT_A_VOLUNTEER);
        }
        VolunteerProfile v = profile.get();
        int age = member.get().ageOn(today);
        if (volunteerId.equals(r.requesterId()) || v.suspended() || !v.verified() || !v.pledgeSigned()
                || !v.services().contains(r.service()) || age < p.volunteerMinAge()) {
            return Optional.of(ErrorCode.NOT_ELIGIBLE);
        }
        if (r.service() == ServiceType.CHILDCARE && (age < p.childcareMinAge() || !v.cleanRecord())) {
            return Optional.of(ErrorCode.NOT_ELIGIBLE);
        }
        return Optional.empty();
    }

    /** How many ranked candidates {@link #candidates} returns: a kiosk shows a few, a captain's list no more than this. */
    public static final int MAX_CANDIDATES = 50;

    /** The best {@value #MAX_CANDIDATES} candidates for an open request, best first. */
    public List<Candidate> candidates(Request r, Instant now) {
        Building where = places.building(r.buildingId()).orElse(null);
        if (where == null) {
            return List.of();
        }
        Policy p = policy.get();
        LocalDate today = LocalDate.ofInstant(now, p.zoneId());
        long since = now.minus(RECENT).toEpochMilli();
        List<Candidate> eligible = new ArrayList<>();
        long[] keys = new long[Math.max(16, volunteers.all().size())];
        for (VolunteerProfile v : volunteers.all()) {
            Optional<Building> home = places.homeOf(v.memberId());
            if (home.isEmpty()) {
                continue;
            }
            long metres = home.get().metresTo(where);
            if (metres > p.matchRadiusMeters() || refusal(v.memberId(), r, today, p).isPresent() || !matchesPreference(r, v.memberId(), today)) {
                continue;
            }
            ExchangeBook.Stats s = book.stats(v.memberId());
            int load = 0;
            for (long t : s.recentAccepts()) {
                if (t >= since) {
                    load++;
                }
            }
            Candidate c = new Candidate(v.memberId(), Tier.of(s.earnedMinutes(), p), s.ratingX100(), load, metres);
            keys[eligible.size()] = (rank(c) << INDEX_BITS) | eligible.size();
            eligible.add(c);
        }
        int n = eligible.size();
        if (n > MAX_CANDIDATES) {
            // one packed long per candidate (rank, then index): sorting primitives, not a comparator chain
            java.util.Arrays.sort(keys, 0, n);
            long cut = keys[n - MAX_CANDIDATES] >>> INDEX_BITS;
            List<Candidate> top = new ArrayList<>();
            for (int i = n - 1; i >= 0 && (keys[i] >>> INDEX_BITS) >= cut; i--) {
                top.add(eligible.get((int) (keys[i] & INDEX_MASK))); // ties at the cut are kept, then ordered exactly below
            }
            eligible = top;
        }
        eligible.sort(ORDER);
        return eligible.size() > MAX_CANDIDATES ? List.copyOf(eligible.subList(0, MAX_CANDIDATES)) : eligible;
    }

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /** Larger is better: tier, then rating, then fewer recent accepts, then nearer (the order of {@link #ORDER}, ids aside). */
    private static long rank(Candidate c) {
        long rating = Math.min(c.ratingX100(), 511);
        long fewerLoad = 31 - Math.min(c.recentLoad(), 31);
        long nearer = 65_535 - Math.min(c.metres(), 65_535);
        return ((long) c.tier().ordinal() << 30) | (rating << 21) | (fewerLoad << 16) | nearer;
    }

    private boolean matchesPreference(Request r, String volunteerId, LocalDate today) {
        if (r.preferredGender() == null && r.preferredAgeMin() == 0 && r.preferredAgeMax() == 0) {
            return true;
        }
        Member m = members.byId(volunteerId).orElseThrow();
        if (r.preferredGender() != null && !r.preferredGender().equals(m.gender().name())) {
            return false;
        }
        int age = m.ageOn(today);
        return (r.preferredAgeMin() == 0 || age >= r.preferredAgeMin()) && (r.preferredAgeMax() == 0 || age <= r.preferredAgeMax());
    }
}
