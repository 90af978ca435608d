package org.timestation.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.credit.Minutes;
import org.timestation.datafolder.DataFolder;
import org.timestation.member.Member;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** The stored projection is checked against the digest sealed with it whenever a node opens. */
class ProjectionSealTest {
    @TempDir
    Path dir;

    @Test
    void anEditedPinRowNoLongerSignsAnyoneIn() throws Exception {
        String victim;
        String accomplice;
        try (Community c = DataFolder.at(dir).openOrCreate("station-a", Clock.systemUTC(), new SecureRandom())) {
            Member a = TestStation.registerInto(c, "王秀英", 1);
            Member b = TestStation.registerInto(c, "李志强", 2);
            c.members().setPin(a.id(), "135790");
            c.members().setPin(b.id(), "864209");
            victim = a.id();
            accomplice = b.id();
        }
        // the insider copies the PIN row of a member whose PIN they know onto the victim's
        try (Connection conn = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", "");
             PreparedStatement ps = conn.prepareStatement("UPDATE projection SET v = (SELECT v FROM projection WHERE kind = 'pin' AND k = ?) "
                     + "WHERE kind = 'pin' AND k = ?")) {
            ps.setString(1, accomplice);
            ps.setString(2, victim);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Community c = DataFolder.at(dir).open(Clock.systemUTC())) {
            assertThat(c.notices()).singleElement().satisfies(n -> {
                assertThat(n.zh()).contains("重新生成").contains("核验");
                assertThat(n.en()).contains("rebuilt from the ledger's events");
            });
            assertThatThrownBy(() -> c.members().identifyByPin(victim, "864209"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.WRONG_PIN));
            assertThat(c.members().identifyByPin(victim, "135790").memberId()).isEqualTo(victim);
        }
        try (Community c = DataFolder.at(dir).open(Clock.systemUTC())) {
            assertThat(c.notices()).as("rebuilt once, sealed again").isEmpty();
        }
    }

    @Test
    void anEditedBalanceIsMendedFromTheEventsWhenTheStationOpens() throws Exception {
        String who;
        try (Community c = DataFolder.at(dir).openOrCreate("station-a", Clock.systemUTC(), new SecureRandom())) {
            Member a = TestStation.registerInto(c, "王秀英", 1);
            c.credits().reward(a.id(), Minutes.of(60), "活动 activity", "staff-1");
            who = a.id();
        }
        try (Connection conn = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", "");
             PreparedStatement ps = conn.prepareStatement("UPDATE projection SET v = '{\"b\":600000,\"lots\":[[0,9999999999999,600000]]}' "
                     + "WHERE kind = 'account' AND k = ?")) {
            ps.setString(1, "member:" + who);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        try (Community c = DataFolder.at(dir).open(Clock.systemUTC())) {
            assertThat(c.notices()).hasSize(1);
            assertThat(c.credits().balance(who)).isEqualTo(Minutes.of(60));
        }
    }
}
