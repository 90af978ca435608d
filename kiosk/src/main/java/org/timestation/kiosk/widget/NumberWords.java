package org.timestation.kiosk.widget;

import java.util.Locale;

/** An amount of time written out in words, as well as digits, for readers who misread numbers: 十二小时三十分钟 / twelve hours thirty minutes. */
public final class NumberWords {
    private static final String[] ZH = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private NumberWords() {
    }

    public static String duration(long minutes, Locale l) {
        boolean zh = "zh".equals(l.getLanguage());
        String sign = minutes < 0 ? (zh ? "欠" : "minus ") : "";
        long m = Math.abs(minutes);
        long h = m / 60;
        long rest = m % 60;
        if (zh) {
            if (h == 0) {
                return sign + chinese(rest) + "分钟";
            }
            return sign + chinese(h) + "小时" + (rest == 0 ? "" : chinese(rest) + "分钟");
        }
        String hours = h == 0 ? "" : english(h) + (h == 1 ? " hour" : " hours");
        String mins = rest == 0 ? "" : english(rest) + (rest == 1 ? " minute" : " minutes");
        String both = (hours + " " + mins).strip();
        return sign + (both.isEmpty() ? "zero minutes" : both);
    }

    /** 0 … 99,999 in Chinese numerals (十二, 一百零五, 两千 is written 二千 as on receipts). */
    static String chinese(long n) {
        if (n < 10) {
            return ZH[(int) n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : ZH[(int) (n % 10)]);
        }
        String[] units = {"", "十", "百", "千", "万"};
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero && sb.length() > 0) {
                sb.append("零");
            }
            zero = false;
            sb.append(ZH[d]).append(units[unit]);
        }
        return sb.toString();
    }

    static String english(long n) {
        if (n < 20) {
            return EN[(int) n];
        }
        if (n < 100) {
            return EN_TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + EN[(int) (n % 10)]);
        }
        if (n < 1000) {
            return EN[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " " + english(n % 100));
        }
        return english(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + english(n % 1000));
    }
}
