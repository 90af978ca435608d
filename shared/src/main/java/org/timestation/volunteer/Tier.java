package org.timestation.volunteer;

import org.timestation.policy.Policy;

/** Volunteer tiers by lifetime earned credits: 初心 0–50, 同行 51–200, 共筑 201+ (priority in matching). */
public enum Tier {
    BEGINNER, COMPANION, BUILDER;

    public static Tier of(long lifetimeEarnedMinutes, Policy p) {
        long credits = lifetimeEarnedMinutes / 60;
        if (credits >= p.tierBuilderCredits()) {
            return BUILDER;
        }
        return credits >= p.tierCompanionCredits() ? COMPANION : BEGINNER;
    }
}
