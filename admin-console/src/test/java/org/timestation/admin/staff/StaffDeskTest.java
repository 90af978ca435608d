package org.timestation.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.admin.hub.HubDb;
import org.timestation.community.TestStation;
import org.timestation.member.Member;
import org.timestation.member.MemberEvent;
import org.timestation.member.Role;

/**
 * Who may use the console: the first start makes the first manager, staff sign in only while the
 * ledger says they are staff, only managers add and remove staff (each a role event with who and why),
 * and every refusal leaves the ledger and the accounts as they were.
 */
class StaffDeskTest {
    @TempDir
    Path dir;
    TestStation station;
    StaffAccounts accounts;
    StaffDesk desk;

    @BeforeEach
    void open() {
        station = new TestStation();
        accounts = new StaffAccounts(HubDb.open(dir), station.clock, new SecureRandom());
        desk = new StaffDesk(station.community, accounts);
    }

    @AfterEach
    void close() {
        accounts.close();
        station.close();
    }

    long events() {
        return station.store.eventCount();
    }

    @Test
    void theFirstStartRegistersTheFirstManagerOnceAndTheyCanSignIn() {
        assertThat(desk.needsFirstManager()).isTrue();
        assertThat(desk.managersWithoutAccount()).isEmpty();
        long before = events();
        assertThatThrownBy(() -> desk.firstManager("李站长", "110105197001010011", "13800000009", "幸福里1号楼", "一句好记的话啊啊", "另一句话不一样的"))
                .isInstanceOf(Refused.class).hasMessageContaining("differ");
        assertThatThrownBy(() -> desk.firstManager("李站长", "1101051970", "13800000009", "幸福里1号楼", "一句好记的登录密码啊", "一句好记的登录密码啊"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.text().zh()).contains("身份证号不对"));
        assertThat(events()).as("nothing was written").isEqualTo(before);
        String id = TestStation.idNumber(java.time.LocalDate.of(1970, 1, 1), 11);
        StaffDesk.SignedIn first = desk.firstManager("李站长", id, "13800000009", "幸福里1号楼", "一句好记的登录密码啊", "一句好记的登录密码啊");
        assertThat(first.manager()).isTrue();
        Member m = station.community.members().byId(first.memberId()).orElseThrow();
        assertThat(m.roles()).contains(Role.MANAGER, Role.STAFF);
        assertThat(m.idMasked()).endsWith(id.substring(14)).doesNotContain(id.substring(0, 14));
        assertThat(desk.needsFirstManager()).isFalse();
        assertThatThrownBy(() -> desk.firstManager("王某", TestStation.idNumber(java.time.LocalDate.of(1980, 1, 1), 12), "13800000010", "x",
                "一句好记的登录密码啊", "一句好记的登录密码啊")).as("only once").isInstanceOf(Refused.class).hasMessageContaining("exists already");
        assertThat(desk.signIn(first.memberId(), "一句好记的登录密码啊")).isEqualTo(first);
    }

    @Test
    void aCommunityWithManagersLetsOneOfThemClaimTheFirstAccount() {
        Member boss = station.register("赵站长", 50, Role.MANAGER, Role.STAFF);
        Member helper = station.register("钱阿姨", 60, Role.STAFF);
        assertThat(desk.managersWithoutAccount()).extracting(Member::id).containsExactly(boss.id());
        assertThatThrownBy(() -> desk.firstManager(helper.id(), "一句好记的登录密码啊", "一句好记的登录密码啊")).as("staff are not managers")
                .isInstanceOf(Refused.class);
        StaffDesk.SignedIn signed = desk.firstManager(boss.id(), "一句好记的登录密码啊", "一句好记的登录密码啊");
        assertThat(signed.manager()).isTrue();
        assertThat(desk.accountHolders()).extracting(Member::id).containsExactly(boss.id());
    }

    @Test
    void onlyAManagerAddsOrRemovesStaffAndEachActIsAnEventWithWhoAndWhy() {
        Member boss = station.register("赵站长", 50, Role.MANAGER, Role.STAFF);
        Member resident = station.register("孙大姐", 45);
        StaffDesk.SignedIn manager = desk.firstManager(boss.id(), "一句好记的登录密码啊", "一句好记的登录密码啊");
        StaffDesk.SignedIn notManager = new StaffDesk.SignedIn(resident.id(), resident.name(), false);
        long before = events();
        assertThatThrownBy(() -> desk.addStaff(notManager, resident.id(), false, "她的登录密码一二三四", "她的登录密码一二三四", "新来的"))
                .isInstanceOf(Refused.class).hasMessageContaining("Only a manager");
        assertThatThrownBy(() -> desk.addStaff(manager, resident.id(), false, "短", "短", "新来的")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> desk.addStaff(manager, resident.id(), false, "她的登录密码一二三四", "她的登录密码一二三四", " "))
                .isInstanceOf(Refused.class).hasMessageContaining("reason");
        assertThat(events()).as("refusals write nothing").isEqualTo(before);
        assertThat(accounts.has(resident.id())).isFalse();

        desk.addStaff(manager, resident.id(), false, "她的登录密码一二三四", "她的登录密码一二三四", "新来的工作人员");
        MemberEvent.RolesChanged granted = lastRoles();
        assertThat(granted.operator()).isEqualTo(boss.id());
        assertThat(granted.reason()).isEqualTo("新来的工作人员");
        StaffDesk.SignedIn staff = desk.signIn(resident.id(), "她的登录密码一二三四");
        assertThat(staff.manager()).isFalse();
        assertThatThrownBy(() -> desk.removeStaff(staff, boss.id(), "试试")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> desk.removeStaff(manager, boss.id(), "换人")).as("never the last manager")
                .isInstanceOf(Refused.class).hasMessageContaining("last manager");

        desk.removeStaff(manager, resident.id(), "调到别的社区");
        assertThat(lastRoles().roles()).doesNotContain(Role.STAFF);
        assertThat(lastRoles().reason()).isEqualTo("调到别的社区");
        assertThatThrownBy(() -> desk.signIn(resident.id(), "她的登录密码一二三四")).as("no longer staff").isInstanceOf(Refused.class)
                .hasMessageContaining("not staff");
    }

    @Test
    void aWrongPasswordSaysHowManyTriesAreLeftThenTheLock() {
        Member boss = station.register("赵站长", 50, Role.MANAGER, Role.STAFF);
        desk.firstManager(boss.id(), "一句好记的登录密码啊", "一句好记的登录密码啊");
        assertThatThrownBy(() -> desk.signIn(boss.id(), "不对")).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.text().zh()).contains("还可以再试 4 次");
            assertThat(r.text().en()).contains("4 more tries");
        });
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> desk.signIn(boss.id(), "不对")).isInstanceOf(Refused.class);
        }
        assertThatThrownBy(() -> desk.signIn(boss.id(), "不对")).isInstanceOfSatisfying(Refused.class, r ->
                assertThat(r.text().zh()).contains("锁定到 2026-03-01 09:15"));
    }

    private MemberEvent.RolesChanged lastRoles() {
        org.timestation.ledger.FeedHead head = station.store.head(station.community.nodeId());
        for (long s = head.seq(); s > 0; s--) {
            org.timestation.ledger.Event e = station.store.event(new org.timestation.ledger.EventId(station.community.nodeId(), s)).orElseThrow();
            if (e.type().equals("member.roles-changed")) {
                return (MemberEvent.RolesChanged) MemberEvent.of(e);
            }
        }
        throw new AssertionError("no roles event");
    }
}
