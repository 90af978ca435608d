package org.timestation.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.timestation.community.CommunityState;
import org.timestation.community.TestStation;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.member.Member;
import org.timestation.text.DomainException;

/**
 * A voucher is redeemed at most once: whatever the order of issuing, scanning on two merchant
 * terminals that are offline for a while, syncing and expiry, no terminal ever accepts a voucher it
 * knows was used, a voucher redeemed on two offline terminals is flagged once their feeds meet, the
 * settlement statements count every voucher once, and no credit is created or destroyed.
 */
class VoucherProperties {
    record Step(int kind, int who, int which, int amount) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(1, 150)).as(Step::new).list().ofMinSize(10).ofMaxSize(50);
    }

    @Property(tries = 60)
    void aVoucherIsRedeemedAtMostOnce(@ForAll("steps") List<Step> steps) {
        try (TestStation station = new TestStation();
             TestStation a = new TestStation("merchant-a", station.clock);
             TestStation b = new TestStation("merchant-b", station.clock)) {
            List<Member> people = List.of(station.register("甲", 70), station.register("乙", 40), station.register("丙", 30));
            for (Member m : people) {
                station.earn(m, 1000);
            }
            Member shop = station.register("店主", 45);
            station.community.merchants().onboard(shop.id(), MerchantRulesTest.terms(MerchantRulesTest.LICENCE), "staff-1");
            a.pullFrom(station);
            b.pullFrom(station);
            List<TestStation> terminals = List.of(a, b);
            List<String> codes = new ArrayList<>();
            Map<String, Integer> acceptedByTerminal = new HashMap<>();
            for (Step s : steps) {
                try {
                    switch (s.kind()) {
                        case 0, 1 -> codes.add(station.community.merchants().issueVoucher(station.tapCard(people.get(s.who())), shop.id(),
                                Minutes.of(s.amount())).code());
                        case 2, 3 -> {
                            if (!codes.isEmpty()) {
                                TestStation term = terminals.get(s.who() % 2);
                                String code = codes.get(s.which() % codes.size());
                                VoucherCheck c = term.community.merchants().redeem(code, shop.id());
                                acceptedByTerminal.merge(term.community.nodeId() + "|" + c.voucherId(), 1, Integer::sum);
                            }
                        }
                        case 4 -> terminals.get(s.who() % 2).pullFrom(station);
                        case 5 -> station.pullFrom(terminals.get(s.who() % 2));
                        case 6 -> terminals.get(s.who() % 2).pullFrom(terminals.get((s.who() + 1) % 2));
                        default -> {
                            station.clock.advance(Duration.ofDays(s.amount() % 20));
                            station.community.scheduler().runDue();
                        }
                    }
                } catch (DomainException refused) {
                    // used, expired, over a cap, not enough credits: refusals are part of life
                }
            }
            // everyone meets
            for (int round = 0; round < 2; round++) {
                station.pullFrom(a);
                station.pullFrom(b);
                a.pullFrom(station);
                b.pullFrom(station);
            }
            assertThat(acceptedByTerminal.values()).as("a terminal never accepts a voucher twice").allMatch(n -> n == 1);
            MerchantService ms = station.community.merchants();
            long settledMinutes = 0;
            for (Voucher v : ms.flaggedVouchers()) {
                assertThat(v.redemptions().size() > 1 || v.refunded()).isTrue();
            }
            for (Member m : people) {
                for (Voucher v : ms.vouchersOf(m.id())) {
                    assertThat(ms.flaggedVouchers().contains(v)).isEqualTo(v.redemptions().size() > 1 || (v.refunded() && v.redeemed()));
                }
            }
            LocalDate first = LocalDate.of(2026, 3, 1);
            for (int d = 0; d < 200; d++) {
                SettlementStatement st = ms.dailySettlement(shop.id(), first.plusDays(d));
                assertThat(st.lines()).extracting(SettlementStatement.Line::voucherId).doesNotHaveDuplicates();
                settledMinutes += st.totalMinutes();
            }
            long redeemedOnce = 0;
            long outstanding = 0;
            for (Member m : people) {
                for (Voucher v : ms.vouchersOf(m.id())) {
                    redeemedOnce += v.redeemed() ? v.minutes() : 0;
                    outstanding += v.refunded() ? 0 : v.minutes();
                }
            }
            assertThat(settledMinutes).as("each redeemed voucher settled exactly once").isEqualTo(redeemedOnce);
            assertThat(station.community.credits().balance(AccountId.settlement(shop.id()))).isEqualTo(Minutes.of(outstanding));
            Minutes total = station.community.inspect(x -> x.credits().total());
            assertThat(total).isEqualTo(Minutes.ZERO);
            assertThat(CommunityState.rebuild(station.store).rows()).isEqualTo(station.community.inspect(CommunityState::rows));
            Statistics.label("some voucher redeemed on both terminals").collect(ms.flaggedVouchers().stream().anyMatch(v -> v.redemptions().size() > 1));
            Statistics.label("some voucher redeemed on both terminals").coverage(c -> c.check(true).percentage(p -> p >= 10.0));
            Statistics.label("some voucher redeemed").collect(redeemedOnce > 0);
            Statistics.label("some voucher redeemed").coverage(c -> c.check(true).percentage(p -> p >= 40.0));
        }
    }
}
