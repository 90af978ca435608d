package org.timestation.merchant;

import java.time.LocalDate;
import java.util.List;

/**
 * A redemption voucher (兑换券): {@code minutes} of a member's credits, already moved to the
 * merchant's settlement account, worth {@code fen} at that merchant until {@code lastDay}. Its id is
 * the id of the event that issued it. {@code redemptions} lists every terminal that redeemed it;
 * more than one means it was redeemed twice while a terminal was offline, which is flagged.
 */
public record Voucher(String id, String memberId, String merchantId, long minutes, long fen, LocalDate lastDay, long issuedAt,
                      String proxyId, boolean refunded, List<Redemption> redemptions) {
    public Voucher {
        redemptions = List.copyOf(redemptions);
    }

    /** One redemption, recorded by a merchant terminal (its node) at a time. */
    public record Redemption(String eventId, String nodeId, long at) {
    }

    public boolean redeemed() {
        return !redemptions.isEmpty();
    }

    /** Redeemed more than once, or redeemed after it was refunded: needs staff attention. */
    public boolean flagged() {
        return redemptions.size() > 1 || (refunded && redeemed());
    }
}
