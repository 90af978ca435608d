package org.timestation.funds;

/**
 * What a line of the funds ledger is (money in yuan, kept apart from time credits). {@code cash} is
 * its effect on the money the station holds; {@code deposit} its effect on merchants' deposits held
 * (money the station holds but owes back).
 */
public enum FundsKind {
    MEMBERSHIP_FEE(1, 0, 1),
    DONATION(1, 0, 1),
    MERCHANT_DEPOSIT(1, 1, 1),
    /** Part of a deposit kept as a penalty (a moderate incident): no money moves, it stops being owed. */
    MERCHANT_PENALTY(0, -1, 1),
    /** A removed merchant's whole deposit, kept for the members. */
    DEPOSIT_FORFEITED(0, -1, 1),
    DEPOSIT_REFUND(-1, -1, 3),
    EXPENSE(-1, 0, 3);

    private final int cash;
    private final int deposit;
    private final int approvers;

    FundsKind(int cash, int deposit, int approvers) {
        this.cash = cash;
        this.deposit = deposit;
        this.approvers = approvers;
    }

    public int cash() {
        return cash;
    }

    public int deposit() {
        return deposit;
    }

    /** How many different people must approve (3 for money going out: 共管账户 3 人以上签字). */
    public int approversNeeded() {
        return approvers;
    }

    public String key() {
        return "funds.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
