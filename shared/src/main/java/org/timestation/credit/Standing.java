package org.timestation.credit;

/**
 * Whether a member may spend credits now: the trust feature freezes redemption after a moderate
 * incident and removes a member after a severe one. The credit rules ask before every redemption
 * and gift, so no screen can get around it.
 */
public interface Standing {
    /** Throws a refusal when the member may not redeem credits now. */
    void requireMayRedeem(String memberId);

    /** Throws a refusal when the member may not give credits now. */
    void requireMayGive(String memberId);

    Standing ANYONE = new Standing() {
        @Override
        public void requireMayRedeem(String memberId) {
        }

        @Override
        public void requireMayGive(String memberId) {
        }
    };
}
