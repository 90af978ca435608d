package org.timestation.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timestation.community.CommunityState;
import org.timestation.community.EventCatalog;
import org.timestation.credit.AccountId;
import org.timestation.credit.CreditEvent;
import org.timestation.credit.Leg;
import org.timestation.credit.MovementKind;
import org.timestation.demo.DemoCommunity;
import org.timestation.exchange.ExchangeEvent;
import org.timestation.exchange.Request;
import org.timestation.catalogue.ServiceType;
import org.timestation.ledger.Event;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.LedgerEvent;

/**
 * What a station keeps and replicates about a member does not give their ID number back. An attacker
 * with a station's data folder but without the community key (a copy of a backup, a replicated
 * feed) is given the most: the region code of the ID number (as if the address told it exactly), the
 * masked form (last four: sequence and check digit), the gender, and every age fact the events show in
 * clear (the pool paid for them: 65 or older then; they took on help: 18 or older; childcare: 25 or
 * older). The birth date itself is sealed. For every member of the demo, the ID numbers that fit all
 * of it are counted: never fewer than 1,000.
 */
class IdNumberPrivacyTest {
    /** Region codes from four provinces: the count is taken for each, and the fewest is kept (the attacker's best case). */
    static final List<String> REGIONS = List.of("110105", "330106", "440305", "510104");
    static final LocalDate OLDEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    void noMemberOfTheDemoCanBeNarrowedToFewerThanAThousandIdNumbers() {
        InMemoryEventStore store = new InMemoryEventStore();
        DemoCommunity.generate(store, DemoCommunity.Options.of(80, 26, 1, LocalDate.of(2026, 11, 1))); // the kiosk's demo community
        Map<String, MemberEvent.Registered> registered = new HashMap<>();
        Map<String, LocalDate> latestBirth = new HashMap<>();
        CommunityState clear = new CommunityState(); // what a holder of the data without the key can rebuild
        List<String> stored = new ArrayList<>();
        store.forEachEvent(e -> {
            stored.add(e.payload());
            LedgerEvent typed = EventCatalog.decode(e).orElseThrow();
            LocalDate day = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(e.epochMillis()), ZONE);
            if (typed instanceof MemberEvent.Registered r) {
                registered.put(r.member(), r);
            } else if (typed instanceof CreditEvent.Moved m && m.kind() == MovementKind.SERVICE) {
                Request paidFor = clear.exchanges().request(m.ref()).orElseThrow();
                boolean pool = m.legs().stream().map(Leg::from).anyMatch(AccountId.POOL::equals);
                Member requester = clear.members().byId(paidFor.requesterId()).orElseThrow();
                if (pool && !requester.hardship()) {
                    bound(latestBirth, requester.id(), day.minusYears(65));
                }
            } else if (typed instanceof ExchangeEvent.Accepted a) {
                Request r = clear.exchanges().request(a.request()).orElseThrow();
                bound(latestBirth, a.volunteer(), day.minusYears(r.service() == ServiceType.CHILDCARE ? 25 : 18));
            }
            clear.apply(e);
        });
        clear.rows().values().forEach(stored::add);
        assertThat(registered).hasSizeGreaterThanOrEqualTo(80);

        for (MemberEvent.Registered r : registered.values()) {
            Member m = clear.members().byId(r.member()).orElseThrow();
            assertThat(m.birthDate()).as("no birth date without the community key").isNull();
            assertThat(r.idMasked()).as("the masked form shows the last four only").matches("\\*{14}[0-9]{3}[0-9X]");
            LocalDate upper = latestBirth.getOrDefault(r.member(), LocalDate.of(2026, 11, 1));
            long fewest = Long.MAX_VALUE;
            for (String region : REGIONS) {
                fewest = Math.min(fewest, candidates(region, r.idMasked().substring(14), upper));
            }
            assertThat(fewest).as("ID numbers that fit all %s shows of member %s (born at the latest %s)", "the data", r.member(), upper)
                    .isGreaterThanOrEqualTo(1000);
        }
        // and the birth dates of the fixed people are nowhere in the events or the projection, in any spelling
        for (DemoCommunity.Persona p : DemoCommunity.PERSONAS.subList(0, DemoCommunity.REGISTERED_PERSONAS)) {
            String iso = p.birth().toString();
            String compact = iso.replace("-", "");
            assertThat(stored).noneMatch(s -> s.contains(iso) || s.contains(compact) || s.contains(p.idNumber().substring(0, 6) + "*"));
        }
    }

    private static void bound(Map<String, LocalDate> latest, String member, LocalDate bornBy) {
        latest.merge(member, bornBy, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** GB 11643 weights of the first 17 digits, and the check characters by weighted sum mod 11. */
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String CHECK = "10X98765432";
    /** Every birth date from 1900 on, with its digits' weighted sum mod 11 at positions 7-14 (computed once). */
    static final List<LocalDate> DATES = new ArrayList<>();
    static final List<Integer> DATE_SUMS = new ArrayList<>();

    static {
        for (LocalDate d = OLDEST_BIRTH; d.getYear() < 2030; d = d.plusDays(1)) {
            DATES.add(d);
            DATE_SUMS.add(weighted(String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()), 6));
        }
    }

    static int weighted(String digits, int from) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[from + i];
        }
        return sum % 11;
    }

    /** ID numbers of a region whose last four are {@code last4}, for someone born between 1900 and {@code upper}. */
    static long candidates(String region, String last4, LocalDate upper) {
        int fixed = weighted(region, 0) + weighted(last4.substring(0, 3), 14);
        char check = last4.charAt(3);
        long n = 0;
        for (int i = 0; i < DATES.size() && !DATES.get(i).isAfter(upper); i++) {
            if (CHECK.charAt((fixed + DATE_SUMS.get(i)) % 11) == check) {
                n++;
            }
        }
        return n;
    }

    @Test
    void theCountingAgreesWithTheCheckDigitRule() {
        String first17 = "11010519491231002";
        assertThat(CHECK.charAt((weighted("110105", 0) + weighted("19491231", 6) + weighted("002", 14)) % 11))
                .isEqualTo(IdNumbers.checkDigit(first17)).isEqualTo('X');
        assertThat(candidates("110105", "002X", LocalDate.of(1949, 12, 31))).as("about one date in eleven fits").isBetween(1500L, 1800L);
    }
}
