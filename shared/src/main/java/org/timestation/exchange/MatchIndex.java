package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timestation.member.Gender;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.place.Building;
import org.timestation.place.PlaceRegistry;
import org.timestation.policy.Policy;
import org.timestation.volunteer.Tier;
import org.timestation.volunteer.VolunteerProfile;
import org.timestation.volunteer.VolunteerRegistry;

/**
 * Everything matching reads about a volunteer, one slot per volunteer in flat primitive arrays,
 * so ranking 10,000 volunteers is a scan of arrays instead of map lookups and records (decision
 * 0009). The registries tell the index which members changed; a changed slot is re-read from the
 * registries before the next query, so the index is never staler than the projection. Not
 * thread-safe: {@link org.timestation.community.Community} serialises access.
 */
public final class MatchIndex {
    private static final int FLAG_READY = 1;       // verified, pledge signed, not suspended, has a home
    private static final int FLAG_CLEAN = 2;
    private static final int FLAG_FEMALE = 4;
    private static final int FLAG_MALE = 8;
    private static final int RECENT = 20;

    private final VolunteerRegistry volunteers;
    private final MemberRegistry members;
    private final PlaceRegistry places;
    private final ExchangeBook book;

    private final Map<String, Integer> slotOf = new HashMap<>();
    private final Map<String, Integer> buildingIndex = new HashMap<>();
    private final List<Building> buildingList = new ArrayList<>();
    private final Set<String> stale = new HashSet<>();
    private boolean allStale = true;

    private String[] ids = new String[0];
    private int[] services = new int[0];
    private int[] flags = new int[0];
    private int[] building = new int[0];
    private long[] birthDay = new long[0];
    private long[] earned = new long[0];
    private int[] ratingX100 = new int[0];
    private long[] recentAccepts = new long[0]; // RECENT per slot, 0 = none
    private int size;

    public MatchIndex(VolunteerRegistry volunteers, MemberRegistry members, PlaceRegistry places, ExchangeBook book) {
        this.volunteers = volunteers;
        this.members = members;
        this.places = places;
        this.book = book;
    }

    /** A member's profile, home or record changed: their slot is re-read before the next query. */
    public void touch(String memberId) {
        if (!allStale) {
            stale.add(memberId);
        }
    }

    /** The registries were reloaded: every slot is re-read before the next query. */
    public void invalidate() {
        allStale = true;
        stale.clear();
    }

    /**
     * The best {@code limit} candidates for {@code r} whose home is at most {@code radius} metres
     * away, best first (tier, rating, fewer recent accepts, nearer, then member id).
     */
    List<Candidate> candidates(Request r, Building where, LocalDate today, long sinceMillis, Policy p, int limit) {
        refresh();
        long[] metresTo = new long[buildingList.size()];
        for (int b = 0; b < metresTo.length; b++) {
            metresTo[b] = buildingList.get(b).metresTo(where);
        }
        int serviceBit = 1 << r.service().ordinal();
        boolean childcare = r.service() == ServiceType.CHILDCARE;
        long oldestBirth = latestBirthAged(today, childcare ? p.childcareMinAge() : p.volunteerMinAge());
        int genderFlag = r.preferredGender() == null ? 0 : r.preferredGender().equals(Gender.FEMALE.name()) ? FLAG_FEMALE : FLAG_MALE;
        long prefOldest = r.preferredAgeMin() == 0 ? Long.MAX_VALUE : latestBirthAged(today, r.preferredAgeMin());
        long prefYoungest = r.preferredAgeMax() == 0 ? Long.MIN_VALUE : latestBirthAged(today, r.preferredAgeMax() + 1);
        long radius = p.matchRadiusMeters();
        long[] keys = new long[Math.max(1, size)];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int f = flags[i];
            if ((f & FLAG_READY) == 0 || (services[i] & serviceBit) == 0 || birthDay[i] > oldestBirth
                    || (childcare && (f & FLAG_CLEAN) == 0) || (genderFlag != 0 && (f & genderFlag) == 0)
                    || birthDay[i] > prefOldest || birthDay[i] <= prefYoungest) {
                continue;
            }
            long metres = metresTo[building[i]];
            if (metres > radius || ids[i].equals(r.requesterId())) {
                continue;
            }
            keys[n++] = (rank(Tier.of(earned[i], p), ratingX100[i], load(i, sinceMillis), metres) << INDEX_BITS) | i;
        }
        int from = 0;
        if (n > limit) {
            // sort one packed long per candidate; keep everyone tied with the last place, ordered exactly below
            Arrays.sort(keys, 0, n);
            long cut = keys[n - limit] >>> INDEX_BITS;
            from = n - limit;
            while (from > 0 && (keys[from - 1] >>> INDEX_BITS) == cut) {
                from--;
            }
        }
        List<Candidate> out = new ArrayList<>(n - from);
        for (int k = from; k < n; k++) {
            int i = (int) (keys[k] & INDEX_MASK);
            out.add(new Candidate(ids[i], Tier.of(earned[i], p), ratingX100[i], load(i, sinceMillis), metresTo[building[i]]));
        }
        out.sort(Matcher.ORDER);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /** Larger is better: tier, then rating, then fewer recent accepts, then nearer (the order of {@link Matcher#ORDER}, ids aside). */
    private static long rank(Tier tier, long ratingX100, int recentLoad, long metres) {
        long rating = Math.min(ratingX100, 511);
        long fewerLoad = 31 - Math.min(recentLoad, 31);
        long nearer = 65_535 - Math.min(metres, 65_535);
        return ((long) tier.ordinal() << 30) | (rating << 21) | (fewerLoad << 16) | nearer;
    }

    private int load(int slot, long sinceMillis) {
        int n = 0;
        for (int k = slot * RECENT, end = k + RECENT; k < end; k++) {
            if (recentAccepts[k] != 0 && recentAccepts[k] >= sinceMillis) {
                n++;
            }
        }
        return n;
    }

    /** The latest birth day (epoch day) of someone at least {@code years} old on {@code today}, exactly as {@link Member#ageOn}. */
    static long latestBirthAged(LocalDate today, int years) {
        LocalDate d = today.minusYears(years);
        while (Period.between(d, today).getYears() < years) {
            d = d.minusDays(1);
        }
        while (Period.between(d.plusDays(1), today).getYears() >= years) {
            d = d.plusDays(1);
        }
        return d.toEpochDay();
    }

    private void refresh() {
        if (allStale) {
            slotOf.clear();
            size = 0;
            buildingIndex.clear();
            buildingList.clear();
            volunteers.all().forEach(v -> read(v.memberId()));
            allStale = false;
            stale.clear();
            return;
        }
        for (String id : stale) {
            read(id);
        }
        stale.clear();
    }

    private void read(String memberId) {
        VolunteerProfile v = volunteers.profile(memberId).orElse(null);
        Member m = members.byId(memberId).orElse(null);
        Integer existing = slotOf.get(memberId);
        if (v == null || m == null) {
            if (existing != null) {
                flags[existing] = 0;
            }
            return;
        }
        int i = existing != null ? existing : addSlot(memberId);
        int mask = 0;
        for (ServiceType s : v.services()) {
            mask |= 1 << s.ordinal();
        }
        services[i] = mask;
        Building home = places.homeOf(memberId).orElse(null);
        boolean ready = v.verified() && v.pledgeSigned() && !v.suspended() && home != null;
        flags[i] = (ready ? FLAG_READY : 0) | (v.cleanRecord() ? FLAG_CLEAN : 0)
                | (m.gender() == Gender.FEMALE ? FLAG_FEMALE : FLAG_MALE);
        building[i] = home == null ? 0 : buildingSlot(home);
        birthDay[i] = m.birthDate() == null ? Long.MAX_VALUE : m.birthDate().toEpochDay(); // an age not known here fits no age range
        ExchangeBook.Stats s = book.stats(memberId);
        earned[i] = s.earnedMinutes();
        ratingX100[i] = (int) s.ratingX100();
        Arrays.fill(recentAccepts, i * RECENT, (i + 1) * RECENT, 0);
        List<Long> recent = s.recentAccepts();
        for (int k = 0, from = Math.max(0, recent.size() - RECENT); from + k < recent.size(); k++) {
            recentAccepts[i * RECENT + k] = recent.get(from + k);
        }
    }

    private int buildingSlot(Building b) {
        Integer known = buildingIndex.get(b.id());
        if (known != null) {
            return known;
        }
        buildingList.add(b);
        buildingIndex.put(b.id(), buildingList.size() - 1);
        return buildingList.size() - 1;
    }

    private int addSlot(String memberId) {
        if (size == ids.length) {
            int cap = Math.max(64, size * 2);
            ids = Arrays.copyOf(ids, cap);
            services = Arrays.copyOf(services, cap);
            flags = Arrays.copyOf(flags, cap);
            building = Arrays.copyOf(building, cap);
            birthDay = Arrays.copyOf(birthDay, cap);
            earned = Arrays.copyOf(earned, cap);
            ratingX100 = Arrays.copyOf(ratingX100, cap);
            recentAccepts = Arrays.copyOf(recentAccepts, cap * RECENT);
        }
        ids[size] = memberId;
        slotOf.put(memberId, size);
        return size++;
    }
}
