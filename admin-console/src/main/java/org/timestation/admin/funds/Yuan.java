package org.timestation.admin.funds;

import java.math.BigDecimal;
import org.timestation.admin.staff.Refused;

/** Money as staff type it, in yuan (120, 120.5, ¥120.50, 1,200元), read into fen; anything else refused in words. */
public final class Yuan {
    private Yuan() {
    }

    public static long fen(String typed) {
        String s = typed == null ? "" : typed.strip().replace("¥", "").replace("元", "").replace(",", "").strip();
        if (!s.matches("\\d{1,7}(\\.\\d{1,2})?")) {
            throw new Refused("金额请写成元，例如 120 或 120.50。", "Write the amount in yuan, e.g. 120 or 120.50.");
        }
        long fen = new BigDecimal(s).movePointRight(2).longValueExact();
        if (fen <= 0) {
            throw new Refused("金额要大于 0。", "The amount must be more than 0.");
        }
        return fen;
    }
}
