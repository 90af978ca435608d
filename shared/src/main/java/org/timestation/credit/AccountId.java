package org.timestation.credit;

import java.util.Objects;

/**
 * An account: {@code member:<id>}, {@code settlement:<merchant id>}, or one of the system accounts
 * {@code issuance} (mints rewards, goes negative) and {@code pool} (the mutual-aid pool 互助基金).
 * Every movement debits one account and credits another, so all balances sum to zero.
 */
@org.timestation.ledger.Scalar
public record AccountId(String value) implements Comparable<AccountId> {
    public static final AccountId ISSUANCE = new AccountId("issuance");
    public static final AccountId POOL = new AccountId("pool");
    private static final String MEMBER = "member:";
    private static final String SETTLEMENT = "settlement:";

    public AccountId {
        Objects.requireNonNull(value, "value");
        if (!(value.equals("issuance") || value.equals("pool")
                || (value.startsWith(MEMBER) && value.length() > MEMBER.length())
                || (value.startsWith(SETTLEMENT) && value.length() > SETTLEMENT.length()))) {
            throw new IllegalArgumentException("not an account id: " + value);
        }
    }

    public static AccountId member(String memberId) {
        return new AccountId(MEMBER + memberId);
    }

    public static AccountId settlement(String merchantId) {
        return new AccountId(SETTLEMENT + merchantId);
    }

    public boolean isMember() {
        return value.startsWith(MEMBER);
    }

    public String memberId() {
        if (!isMember()) {
            throw new IllegalStateException(value + " is not a member account");
        }
        return value.substring(MEMBER.length());
    }

    @Override
    public int compareTo(AccountId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
