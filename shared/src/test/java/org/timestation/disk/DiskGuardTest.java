package org.timestation.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.TestStation;
import org.timestation.credit.Minutes;
import org.timestation.member.Member;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Below the free-space floor the ledger takes no write at all (refused before it starts, in words for
 * residents and staff), reading goes on, other stations' work waits, and once space is freed writing goes
 * on: nothing half-written, nothing lost.
 */
class DiskGuardTest {
    final TestStation t = new TestStation();
    final AtomicLong free = new AtomicLong(10L << 30);
    final DiskGuard guard = new DiskGuard(free::get, 200L << 20);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aNearlyFullDiskRefusesEveryWriteBeforeItStartsAndReadingGoesOn() {
        Member elder = t.register("王秀英", 80);
        t.community.guardDisk(guard);
        t.earn(elder, 60);
        Minutes balance = t.community.credits().balance(elder.id());
        long events = t.store.eventCount();

        assertThat(guard.warning()).isEmpty();
        free.set(150L << 20); // 150 MB left: below the 200 MB floor
        assertThat(guard.low()).isTrue();
        assertThat(guard.warning()).as("the staff screen says it").hasValueSatisfying(w -> assertThat(w.zh()).contains("磁盘快满了"));
        assertThatThrownBy(() -> t.earn(elder, 30)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.DISK_FULL);
            assertThat(e.text().zh()).contains("磁盘快满了").contains("150").contains("工作人员");
            assertThat(e.text().en()).contains("disk is nearly full").contains("staff");
        });
        assertThatThrownBy(() -> t.register("李志强", 40)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.DISK_FULL));
        assertThat(t.store.eventCount()).as("nothing half-written").isEqualTo(events);
        assertThat(t.community.credits().balance(elder.id())).as("reading goes on").isEqualTo(balance);
        assertThat(t.community.members().byId(elder.id())).isPresent();

        free.set(1L << 30); // space freed
        assertThat(guard.low()).isFalse();
        t.earn(elder, 30);
        assertThat(t.community.credits().balance(elder.id())).isEqualTo(balance.plus(Minutes.of(30)));
    }

    @Test
    void theFloorIsExactAndAnUnknownFreeSpaceDoesNotStopTheStation() {
        free.set(200L << 20);
        assertThat(guard.low()).as("exactly at the floor still writes").isFalse();
        free.set((200L << 20) - 1);
        assertThat(guard.low()).isTrue();
        free.set(-1); // the file system cannot tell
        assertThat(guard.low()).isFalse();
    }
}
