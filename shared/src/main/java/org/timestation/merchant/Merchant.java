package org.timestation.merchant;

import java.time.LocalDate;

/**
 * A partner merchant (商家) and its agreement: licence number, deposit, how many fen one credit is
 * worth in this shop, the most a member may redeem per visit and per month, and the agreement's
 * validity. The merchant is a registered member (the proprietor) with the merchant role.
 */
public record Merchant(String id, String shopName, String licence, long depositFen, long fenPerCredit, long perVisitMinutes,
                       long monthlyMinutes, LocalDate validFrom, LocalDate validTo, int voucherDays) {

    /** The discount in fen that {@code minutes} of credits buy here (rounded down to the fen). */
    public long fenFor(long minutes) {
        return minutes * fenPerCredit / 60;
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
