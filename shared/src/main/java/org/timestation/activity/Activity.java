package org.timestation.activity;

import java.util.List;

/**
 * A community activity proposed by a captain (端午包粽子, 茶话会) or a training published by the
 * station (技能培训). Trainings carry the skill their completion certifies. Members sign up up to
 * the capacity and check in at the kiosk on the day; closing it with a summary pays the rewards.
 */
public record Activity(String id, Kind kind, String theme, long startAt, long endAt, String place, int capacity, String resources,
                       String organiserId, String skill, State state, List<String> signedUp, List<String> checkedIn, String summary) {
    public Activity {
        signedUp = List.copyOf(signedUp);
        checkedIn = List.copyOf(checkedIn);
    }

    public enum Kind { ACTIVITY, TRAINING }

    public enum State { PROPOSED, APPROVED, REJECTED, CLOSED }

    public boolean full() {
        return signedUp.size() >= capacity;
    }

    Activity with(State s, List<String> up, List<String> in, String sum) {
        return new Activity(id, kind, theme, startAt, endAt, place, capacity, resources, organiserId, skill, s, up, in, sum);
    }
}
