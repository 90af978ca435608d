package org.timestation.cocreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.CommunityState;
import org.timestation.community.TestStation;
import org.timestation.credit.Minutes;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.catalogue.ServiceType;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class CoCreationRulesTest {
    final TestStation t = new TestStation();
    final CoCreationService co = t.community.cocreation();
    final Member requester = t.register("需要帮助的人", 45);
    final Member helper = t.register("热心人", 35, Role.VOLUNTEER);

    CoCreationRulesTest() {
        t.community.places().addBuilding("B1", "1号楼", 31_230_000, 121_470_000, "staff-1");
        t.community.places().setHome(helper.id(), "B1", "staff-1");
        t.community.volunteers().setProfile(helper.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "ok");
        t.earn(requester, 6000);
    }

    @AfterEach
    void close() {
        t.close();
    }

    void helpFor(long minutes) {
        var ex = t.community.exchanges();
        Request r = ex.post(PostRequest.of(requester.id(), ServiceType.COMPANY, t.clock.instant().plus(Duration.ofHours(1)), "B1"));
        ex.accept(r.id(), helper.id());
        ex.start(r.id(), helper.id());
        t.clock.advance(Duration.ofMinutes(minutes));
        ex.end(r.id(), helper.id());
        ex.confirm(r.id(), t.tapCard(requester), Minutes.of(minutes));
    }

    void refused(ErrorCode code, Runnable r) {
        long before = t.store.eventCount();
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(t.store.eventCount()).isEqualTo(before);
    }

    @Test
    void fiftyCreditsEarnedHelpingMakeAMemberEligibleAndApprovalGivesTheRole() {
        helpFor(49 * 60);
        assertThat(co.isEligible(helper.id())).isFalse();
        assertThatThrownBy(() -> co.apply(helper.id())).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_YET_ELIGIBLE);
            assertThat(e.text().zh()).contains("49").contains("50");
        });
        helpFor(60);
        assertThat(co.isEligible(helper.id())).isTrue();
        assertThat(co.apply(helper.id())).isEqualTo(CoCreationBook.Status.PENDING);
        assertThat(co.decide(helper.id(), true, "manager-1", "贡献突出 outstanding")).isEqualTo(CoCreationBook.Status.APPROVED);
        assertThat(t.community.members().byId(helper.id()).orElseThrow().has(Role.CO_CREATOR)).isTrue();
        refused(ErrorCode.ALREADY_APPLIED, () -> co.apply(helper.id()));
    }

    @Test
    void aCertifiedSkillAlsoMakesAMemberEligible() {
        assertThat(co.isEligible(requester.id())).isFalse();
        co.certifySkill(requester.id(), "家电维修 appliance repair", "staff-1", "培训结业 training certificate");
        assertThat(co.isEligible(requester.id())).isTrue();
        assertThat(co.apply(requester.id())).isEqualTo(CoCreationBook.Status.PENDING);
    }

    @Test
    void anApplicationIsDecidedOnceAndARejectedMemberMayApplyAgain() {
        co.certifySkill(requester.id(), "理发", "staff-1", "licence");
        refused(ErrorCode.WRONG_STATE, () -> co.decide(requester.id(), true, "manager-1", "no application yet"));
        co.apply(requester.id());
        refused(ErrorCode.ALREADY_APPLIED, () -> co.apply(requester.id()));
        refused(ErrorCode.REASON_REQUIRED, () -> co.decide(requester.id(), false, "manager-1", " "));
        assertThat(co.decide(requester.id(), false, "manager-1", "材料不全 papers missing")).isEqualTo(CoCreationBook.Status.REJECTED);
        assertThat(t.community.members().byId(requester.id()).orElseThrow().has(Role.CO_CREATOR)).isFalse();
        refused(ErrorCode.WRONG_STATE, () -> co.decide(requester.id(), true, "manager-1", "changed my mind"));
        assertThat(co.apply(requester.id())).isEqualTo(CoCreationBook.Status.PENDING);
    }

    @Test
    void coCreationRebuildsByteForByte() {
        co.certifySkill(requester.id(), "教手机", "staff-1", "training");
        co.apply(requester.id());
        co.decide(requester.id(), true, "manager-1", "ok");
        assertThat(CommunityState.rebuild(t.store).rows()).isEqualTo(t.community.inspect(CommunityState::rows));
    }
}
