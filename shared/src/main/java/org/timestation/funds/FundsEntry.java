package org.timestation.funds;

import java.util.List;

/** One line of the funds ledger; {@code fen} is always positive, the kind says which way it goes. */
public record FundsEntry(String id, FundsKind kind, long fen, String description, String voucherRef, List<String> approvers,
                         String operator, String merchantId, long at) {
    public FundsEntry {
        approvers = List.copyOf(approvers);
    }

    public long cashEffect() {
        return kind.cash() * fen;
    }
}
