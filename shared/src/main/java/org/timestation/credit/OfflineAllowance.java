package org.timestation.credit;

/**
 * What a member may still spend at this station while it cannot sync: two stations that are both
 * offline could otherwise let the same credits be spent twice (decision 0029). The credit rules ask
 * before every gift and redemption; a payment for help already given is not held back.
 */
public interface OfflineAllowance {
    /** Throws {@code OFFLINE_CAP_REACHED} when spending {@code minutes} now would take the member past the cap. */
    void requireMaySpend(String memberId, Minutes minutes);

    /** A station that is not enrolled with a hub is the community's only node: nothing to cap. */
    OfflineAllowance NONE = (memberId, minutes) -> { };
}
