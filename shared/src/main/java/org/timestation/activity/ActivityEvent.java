package org.timestation.activity;

import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** Activities (活动) proposed by captains and trainings (培训) published by the station. */
public sealed interface ActivityEvent extends LedgerEvent {

    static ActivityEvent of(Event e) {
        return EventCodec.decode(ActivityEvent.class, e);
    }

    @EventType(value = "activity.proposed", doc = "A captain proposed an activity (it waits for the station), or the station published a "
            + "training (open at once). The activity's id is this event's id.")
    record Proposed(
            @EventField("an activity or a training") Activity.Kind kind,
            @EventField("its theme") String theme,
            @EventField("when it starts, epoch ms") long startAt,
            @EventField("when it ends, epoch ms") long endAt,
            @EventField("where") String place,
            @EventField("how many places") int capacity,
            @EventField(value = "what is needed", optional = true) String resources,
            @EventField(value = "the captain who proposed it (activities)", optional = true) String organiser,
            @EventField(value = "the skill a training certifies", optional = true) String skill,
            @EventField(value = "present and true when published already approved (trainings)", optional = true) Boolean approved,
            @EventField(value = "who published it (trainings)", optional = true) String operator) implements ActivityEvent {
    }

    /** The events about an activity already proposed. */
    sealed interface OfActivity extends ActivityEvent {
        /** The activity's id (its activity.proposed event's id). */
        String activity();
    }

    @EventType(value = "activity.decided", doc = "The station approved or rejected a proposed activity.")
    record Decided(
            @EventField("the activity") String activity,
            @EventField("approved (true) or rejected (false)") boolean approved,
            @EventField("who decided") String operator,
            @EventField("why") String reason) implements OfActivity {
    }

    @EventType(value = "activity.signed-up", doc = "A member took a place; a training's fee (for members who are not co-creators) was "
            + "paid in the same commit.")
    record SignedUp(
            @EventField("the activity") String activity,
            @EventField("the member") String member,
            @EventField(value = "the credit.moved event that paid the training fee", optional = true) String fee) implements OfActivity {
    }

    @EventType(value = "activity.withdrawn", doc = "A member gave up their place before the start; a fee paid is reversed in the same commit.")
    record Withdrawn(
            @EventField("the activity") String activity,
            @EventField("the member") String member) implements OfActivity {
    }

    @EventType(value = "activity.checked-in", doc = "A member checked in at the kiosk (from an hour before the start until the end).")
    record CheckedIn(
            @EventField("the activity") String activity,
            @EventField("the member") String member) implements OfActivity {
    }

    @EventType(value = "activity.closed", doc = "The organiser (or the station, for a training) closed it with a summary; participation "
            + "rewards, the captain's reward or the training's certificates follow in the same commit.")
    record Closed(
            @EventField("the activity") String activity,
            @EventField("who closed it") String by,
            @EventField("what happened") String summary,
            @EventField("how many had checked in") long checkedIn) implements OfActivity {
    }
}
