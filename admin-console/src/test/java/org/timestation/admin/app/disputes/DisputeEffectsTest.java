package org.timestation.admin.app.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.community.TestStation;
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeService.Resolution;
import org.timestation.exchange.Request;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.policy.Policy;

/**
 * What staff are told an outcome will do is what resolving it then does: the sums in the sentence are
 * the ones that move in the ledger.
 */
class DisputeEffectsTest {
    @Test
    void theSentenceSaysTheSumsTheOutcomeMoves() {
        try (TestStation s = new TestStation()) {
            Member requester = s.register("王秀英", 40);
            Member volunteer = s.register("李志强", 35, Role.VOLUNTEER);
            s.earn(requester, 300);
            String payment = s.serve(requester, volunteer, 60).id().toString();
            Request served = s.community.inspect(st -> st.exchanges().all()).stream().filter(r -> payment.equals(r.paymentEventId())).findFirst().orElseThrow();
            s.community.exchanges().dispute(served.id(), requester.id(), "只做了半小时 only half an hour");
            Request r = s.community.exchanges().get(served.id());
            Policy p = s.community.inspect(st -> st.policy().get());
            ConsoleText text = new ConsoleText();

            String falseReport = DisputeEffects.preview(text, r, Resolution.FALSE_REPORT, 20, p, "王*英", "李*强");
            long penalty = (60 - 20) * p.falseReportMultiplier();
            assertThat(falseReport).contains("撤回 王*英 已付给 李*强 的 1小时").contains("王*英 付给 李*强 20分钟")
                    .contains("扣 李*强 " + Minutes.of(penalty).text(org.timestation.text.Text.ZH)).contains("信用分");
            assertThat(DisputeEffects.preview(text, r, Resolution.HALVE, 0, p, "王*英", "李*强")).contains("付给 李*强 30分钟");
            assertThat(DisputeEffects.preview(text, r, Resolution.DISMISS, 0, p, "王*英", "李*强")).contains("保持不变");
            assertThatThrownBy(() -> DisputeEffects.preview(text, r, Resolution.RESERVICE, 0, p, "王*英", "李*强"))
                    .isInstanceOf(Refused.class).hasMessageContaining("paid already");
            assertThatThrownBy(() -> DisputeEffects.minutes(Resolution.FALSE_REPORT, "60", r)).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> DisputeEffects.minutes(Resolution.CORRECT_HOURS, "一小时", r)).isInstanceOf(Refused.class)
                    .hasMessageContaining("whole number");
            assertThat(DisputeEffects.minutes(Resolution.HALVE, "anything", r)).isZero();

            // what the sentence said is what moves
            Minutes volunteerBefore = s.community.credits().balance(volunteer.id());
            s.community.exchanges().resolve(r.id(), Resolution.FALSE_REPORT, 20, "staff-1", "查实只有二十分钟");
            Minutes volunteerAfter = s.community.credits().balance(volunteer.id());
            assertThat(volunteerBefore.minus(volunteerAfter)).isEqualTo(Minutes.of(60 - 20 + penalty));
        }
    }
}
