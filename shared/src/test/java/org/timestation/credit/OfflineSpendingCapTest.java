package org.timestation.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.member.Member;
import org.timestation.text.ErrorCode;

/** A station that has not synced for a while caps what each member may give or redeem there (decision 0029). */
class OfflineSpendingCapTest {
    @Test
    void anOfflineStationLetsEachMemberSpendUpToTheCapThenSaysToComeBackLaterOrUseAnotherStation() {
        try (TestStation t = new TestStation()) {
            Member giver = t.register("老甲", 60);
            Member friend = t.register("乙", 30);
            Member shop = t.register("丙商店", 50, org.timestation.member.Role.MERCHANT);
            t.earn(giver, 600);
            // not enrolled: the station is the whole community, nothing to cap
            t.community.credits().gift(t.tapCard(giver), friend.id(), Minutes.of(200), null);

            // enrolled, and the hub has everything so far; then the network goes down for 11 minutes
            t.store.putNodeState(OfflineSpendingCap.SYNCED_AT, Long.toString(t.clock.millis()));
            t.store.putNodeState(OfflineSpendingCap.ACKED, Long.toString(t.store.head(t.community.nodeId()).seq()));
            t.clock.advance(Duration.ofMinutes(11));
            t.community.credits().gift(t.tapCard(giver), friend.id(), Minutes.of(80), null);
            t.community.credits().redeem(giver.id(), shop.id(), Minutes.of(40), "voucher");
            t.refused(ErrorCode.OFFLINE_CAP_REACHED, () -> t.community.credits().redeem(giver.id(), shop.id(), Minutes.of(1), "voucher"));
            t.refused(ErrorCode.OFFLINE_CAP_REACHED, () -> t.community.credits().gift(t.tapCard(giver), friend.id(), Minutes.of(5), null));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> t.community.credits().gift(t.tapCard(giver), friend.id(), Minutes.of(5), null))
                    .isInstanceOfSatisfying(org.timestation.text.DomainException.class, e -> {
                        assertThat(e.text().zh()).contains("11 分钟").contains("稍后再来").contains("别的服务站");
                        assertThat(e.text().en()).contains("come back later").contains("another station");
                    });
            // another member is not held back by the first one's spending
            t.earn(friend, 10);
            t.community.credits().gift(t.tapCard(friend), giver.id(), Minutes.of(100), null);

            // a sync round reaches the hub: the spending is acknowledged, the cap starts again from nothing
            t.store.putNodeState(OfflineSpendingCap.SYNCED_AT, Long.toString(t.clock.millis()));
            t.store.putNodeState(OfflineSpendingCap.ACKED, Long.toString(t.store.head(t.community.nodeId()).seq()));
            t.community.credits().redeem(giver.id(), shop.id(), Minutes.of(30), "voucher");
            t.clock.advance(Duration.ofMinutes(10)); // exactly the policy's 10 minutes: not offline yet
            t.community.credits().redeem(giver.id(), shop.id(), Minutes.of(130), "voucher");
        }
    }

    @Test
    void helpAlreadyGivenIsPaidEvenOffline() {
        try (TestStation t = new TestStation()) {
            Member elder = t.register("老王", 50);
            Member volunteer = t.register("小李", 30, org.timestation.member.Role.VOLUNTEER);
            t.earn(elder, 300);
            t.store.putNodeState(OfflineSpendingCap.SYNCED_AT, Long.toString(t.clock.millis()));
            t.clock.advance(Duration.ofHours(2));
            t.serve(elder, volunteer, 150);
            assertThat(t.community.credits().balance(volunteer.id())).isEqualTo(Minutes.of(150));
        }
    }
}
