package org.timestation.nodes;

/** Where a station stands with the hub. */
public enum NodeState {
    /** Syncs normally. */
    ACTIVE,
    /** Its pushes are refused until staff release it (a fork, a broken rule, or staff's decision). */
    QUARANTINED,
    /** Refused for good: a stolen or retired station. */
    REVOKED
}
