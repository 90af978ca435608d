package org.timestation.merchant;

import java.time.LocalDate;
import java.util.List;

/**
 * A merchant's daily settlement statement (次日结算): the vouchers redeemed that day, totals in
 * credits (minutes) and yuan (fen), and any voucher redeemed more than once (flagged, counted once).
 */
public record SettlementStatement(String merchantId, LocalDate day, List<Line> lines, long totalMinutes, long totalFen, List<String> flagged) {
    public SettlementStatement {
        lines = List.copyOf(lines);
        flagged = List.copyOf(flagged);
    }

    public record Line(String voucherId, long at, String nodeId, long minutes, long fen) {
    }
}
