package org.timestation.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Minutes, lots and account ids at their edges. */
class CreditValuesTest {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void minutesAreWholeMinutesWithExactArithmetic() {
        assertThat(Minutes.ofCredits(2)).isEqualTo(Minutes.of(120));
        assertThat(Minutes.of(5).negate()).isEqualTo(Minutes.of(-5));
        assertThat(Minutes.of(5).times(3)).isEqualTo(Minutes.of(15));
        assertThat(Minutes.of(5).plus(Minutes.of(2))).isEqualTo(Minutes.of(7));
        assertThat(Minutes.of(5).minus(Minutes.of(7))).isEqualTo(Minutes.of(-2));
        assertThatThrownBy(() -> Minutes.of(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Minutes.of(Long.MAX_VALUE).times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Minutes.of(Long.MAX_VALUE).plus(Minutes.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Minutes.ofCredits(Long.MAX_VALUE / 2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theSignOfMinutesAndTheirOrder() {
        assertThat(Minutes.of(-1).isNegative()).isTrue();
        assertThat(Minutes.ZERO.isNegative()).isFalse();
        assertThat(Minutes.ZERO.isPositive()).isFalse();
        assertThat(Minutes.of(1).isPositive()).isTrue();
        assertThat(Minutes.ZERO.isZero()).isTrue();
        assertThat(Minutes.of(1).isZero()).isFalse();
        assertThat(Minutes.of(-1).isZero()).isFalse();
        assertThat(Minutes.of(1).isLessThan(Minutes.of(2))).isTrue();
        assertThat(Minutes.of(2).isLessThan(Minutes.of(2))).isFalse();
        Minutes a = Minutes.of(3);
        Minutes b = new Minutes(3);
        assertThat(Minutes.min(a, b)).isSameAs(a);
        assertThat(Minutes.max(a, b)).isSameAs(a);
        assertThat(Minutes.min(Minutes.of(2), Minutes.of(3))).isEqualTo(Minutes.of(2));
        assertThat(Minutes.max(Minutes.of(2), Minutes.of(3))).isEqualTo(Minutes.of(3));
        assertThat(Minutes.of(2).compareTo(Minutes.of(3))).isNegative();
    }

    @Test
    void minutesReadAsHoursAndMinutesInBothLanguages() {
        assertThat(Minutes.of(150).text(ZH)).isEqualTo("2小时30分钟");
        assertThat(Minutes.of(150).text(Locale.ENGLISH)).isEqualTo("2 h 30 min");
        assertThat(Minutes.of(120).text(ZH)).isEqualTo("2小时");
        assertThat(Minutes.of(59).text(Locale.ENGLISH)).isEqualTo("59 min");
        assertThat(Minutes.of(60).text(Locale.ENGLISH)).isEqualTo("1 h");
        assertThat(Minutes.ZERO.text(ZH)).isEqualTo("0分钟");
        assertThat(Minutes.of(-90).text(ZH)).isEqualTo("-1小时30分钟");
        assertThat(Minutes.of(-1).text(Locale.ENGLISH)).isEqualTo("-1 min");
        assertThat(Minutes.of(90).toString()).isEqualTo("90 min");
    }

    @Test
    void aLotHoldsAPositiveAmountAndExpiresAtItsExpiry() {
        assertThatThrownBy(() -> new Lot(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lot(0, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        Lot one = new Lot(0, 10, 1);
        assertThat(one.isExpiredAt(9)).isFalse();
        assertThat(one.isExpiredAt(10)).isTrue();
        assertThat(one.isExpiredAt(11)).isTrue();
        assertThat(one.withMinutes(5)).isEqualTo(new Lot(0, 10, 5));
    }

    @Test
    void accountIdsAreOneOfFourShapes() {
        assertThat(AccountId.member("M1").value()).isEqualTo("member:M1");
        assertThat(AccountId.member("M1").memberId()).isEqualTo("M1");
        assertThat(AccountId.settlement("M2").value()).isEqualTo("settlement:M2");
        assertThat(AccountId.settlement("M2").isMember()).isFalse();
        assertThat(AccountId.POOL.isMember()).isFalse();
        assertThat(new AccountId("member:x")).isEqualTo(AccountId.member("x"));
        assertThat(new AccountId("settlement:x").toString()).isEqualTo("settlement:x");
        for (String bad : new String[] {"member:", "settlement:", "pool2", "", "members:x", "Member:x"}) {
            assertThatThrownBy(() -> new AccountId(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AccountId.POOL.memberId()).isInstanceOf(IllegalStateException.class);
        assertThat(AccountId.member("A").compareTo(AccountId.member("B"))).isNegative();
        assertThat(AccountId.member("B").compareTo(AccountId.member("A"))).isPositive();
        assertThat(AccountId.member("A").compareTo(AccountId.member("A"))).isZero();
    }
}
