package org.timestation.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.community.Community;
import org.timestation.community.TestStation;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;
import org.timestation.time.ManualClock;

class PinRulesTest {
    static void refusedWith(ErrorCode code, Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aPinIsStoredAsArgon2idWithItsOwnSaltAndTheCommunityKeyAsPepper() {
        IdNumberHasher key = new IdNumberHasher(new byte[32]);
        String a = key.pinHash("246810", new SecureRandom());
        String b = key.pinHash("246810", new SecureRandom());
        assertThat(a).startsWith("a2id$m=19456,t=2,p=1$").isNotEqualTo(b);
        assertThat(key.pinMatches("M1", "246810", a)).isTrue();
        assertThat(key.pinMatches("M1", "246811", a)).isFalse();
        IdNumberHasher otherCommunity = new IdNumberHasher(new byte[] {
            9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
        assertThat(otherCommunity.pinMatches("M1", "246810", a)).as("without the community key the PIN cannot be tried").isFalse();
        assertThat(key.pinMatches("M1", "246810", a.replace("m=19456", "m=4194304"))).as("a stored form that would tie the station up").isFalse();
        assertThat(key.pinMatches("M1", "246810", "a2id$nonsense")).isFalse();
    }

    @Test
    void fiveWrongPinsLockForFifteenMinutesThenLongerAndARestartDoesNotClearIt(@TempDir Path dir) {
        ManualClock clock = new ManualClock(TestStation.START, TestStation.ZONE);
        String who;
        try (Community c = DataFolder.at(dir).openOrCreate("station-a", clock, new SecureRandom())) {
            who = TestStation.registerInto(c, "王秀英", 1).id();
            c.members().setPin(who, "135790");
            for (int i = 1; i < MemberService.PIN_ATTEMPTS; i++) {
                refusedWith(ErrorCode.WRONG_PIN, () -> c.members().identifyByPin(who, "000001"));
            }
        }
        // the kiosk restarts after four wrong tries: the count is where it was
        try (Community c = DataFolder.at(dir).open(clock)) {
            assertThatThrownBy(() -> c.members().identifyByPin(who, "000001")).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.PIN_LOCKED);
                assertThat(e.text().zh()).contains("15 分钟");
            });
            refusedWith(ErrorCode.PIN_LOCKED, () -> c.members().identifyByPin(who, "135790"));
            assertThat(c.members().identifyByCard(TestStation.idNumber(java.time.LocalDate.ofInstant(clock.instant(), TestStation.ZONE)
                    .minusYears(40), 1)).memberId()).as("the card still works").isEqualTo(who);
        }
        try (Community c = DataFolder.at(dir).open(clock)) {
            refusedWith(ErrorCode.PIN_LOCKED, () -> c.members().identifyByPin(who, "135790"));
            clock.advance(Duration.ofMinutes(15));
            for (int i = 1; i < MemberService.PIN_ATTEMPTS; i++) {
                refusedWith(ErrorCode.WRONG_PIN, () -> c.members().identifyByPin(who, "000001"));
            }
            assertThatThrownBy(() -> c.members().identifyByPin(who, "000001"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.text().en()).contains("30 minutes"));
            clock.advance(Duration.ofMinutes(30));
            assertThat(c.members().identifyByPin(who, "135790").memberId()).isEqualTo(who);
            refusedWith(ErrorCode.WRONG_PIN, () -> c.members().identifyByPin(who, "000001"));
            assertThat(c.members().identifyByPin(who, "135790").memberId()).as("a right PIN resets the count").isEqualTo(who);
        }
    }

    @Test
    void aPinSetBeforeRelease02StillSignsIn(@TempDir Path dir) throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/fixtures/release-0.1/station-a"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        try (Community c = DataFolder.at(dir).open(java.time.Clock.systemUTC())) {
            Member elder = c.members().byPhone(DemoCommunity.PERSONAS.get(0).phone()).get(0);
            assertThat(c.members().identifyByPin(elder.id(), DemoCommunity.DEMO_PIN).memberId()).isEqualTo(elder.id());
            refusedWith(ErrorCode.WRONG_PIN, () -> c.members().identifyByPin(elder.id(), "246810"));
        }
    }
}
