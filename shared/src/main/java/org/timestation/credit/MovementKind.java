package org.timestation.credit;

/** Why credits moved. Only a gift carries the giver's lots (and their expiry dates) to the receiver. */
public enum MovementKind {
    /** Requester pays the volunteer for timed help (the pool may cover an eligible requester's shortfall). */
    SERVICE,
    /** Minted from issuance: activity, captain, proposal rewards. */
    REWARD,
    /** Member to member (转赠), across generations too; the lots keep their earn dates. */
    GIFT,
    /** Member to a merchant's settlement account (a discount at a partner merchant). */
    REDEMPTION,
    /** Expired lots to the mutual-aid pool. */
    EXPIRY,
    /** Issuance funds the mutual-aid pool. */
    POOL_GRANT,
    /** Deduction to the pool (e.g. double deduction for falsely reported hours). */
    PENALTY,
    /** A fee paid from credits held to the pool (a training place for someone who is not a co-creation member). */
    FEE,
    /** Undoes an earlier movement, with a reason and an operator. */
    REVERSAL;

    boolean carriesLots() {
        return this == GIFT;
    }
}
