package org.timestation.credit;

import java.util.Locale;
import org.timestation.text.Localizable;

/** An amount of time credit in whole minutes (60 minutes = 1 credit). Never a bare int or double. */
@org.timestation.ledger.Scalar
public record Minutes(long value) implements Comparable<Minutes>, Localizable {
    public static final Minutes ZERO = new Minutes(0);
    public static final int PER_CREDIT = 60;

    public static Minutes of(long minutes) {
        return new Minutes(minutes);
    }

    public static Minutes ofCredits(long credits) {
        return new Minutes(Math.multiplyExact(credits, PER_CREDIT));
    }

    public Minutes plus(Minutes o) {
        return new Minutes(Math.addExact(value, o.value));
    }

    public Minutes minus(Minutes o) {
        return new Minutes(Math.subtractExact(value, o.value));
    }

    public Minutes negate() {
        return new Minutes(Math.negateExact(value));
    }

    public Minutes times(long factor) {
        return new Minutes(Math.multiplyExact(value, factor));
    }

    /** The minutes in hours to one decimal, "92.8", as reports and the bulletin print them beside 小时 or "hours". */
    public String hours() {
        return String.format(Locale.ROOT, "%.1f", value / 60.0);
    }

    public boolean isPositive() {
        return value > 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isLessThan(Minutes o) {
        return value < o.value;
    }

    public static Minutes min(Minutes a, Minutes b) {
        return a.value <= b.value ? a : b;
    }

    public static Minutes max(Minutes a, Minutes b) {
        return a.value >= b.value ? a : b;
    }

    @Override
    public int compareTo(Minutes o) {
        return Long.compare(value, o.value);
    }

    /** "2小时30分钟" / "2 h 30 min"; negative amounts carry a minus sign. */
    @Override
    public String text(Locale locale) {
        long abs = Math.abs(value);
        long h = abs / 60;
        long m = abs % 60;
        String sign = value < 0 ? "-" : "";
        boolean zh = "zh".equals(locale.getLanguage());
        if (h == 0) {
            return sign + m + (zh ? "分钟" : " min");
        }
        if (m == 0) {
            return sign + h + (zh ? "小时" : " h");
        }
        return sign + h + (zh ? "小时" : " h ") + m + (zh ? "分钟" : " min");
    }

    @Override
    public String toString() {
        return value + " min";
    }
}
