package org.timestation.cocreation;

import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** Co-creation membership (共创会员): certified skills, applications and the station's decisions. */
public sealed interface CoCreationEvent extends LedgerEvent {

    static CoCreationEvent of(Event e) {
        return EventCodec.decode(CoCreationEvent.class, e);
    }

    @EventType(value = "cocreation.skill-certified", doc = "A member's skill was certified (a training completed, a trade licence shown); "
            + "a certified skill makes a member eligible for co-creation membership.")
    record SkillCertified(
            @EventField("the member") String member,
            @EventField("the skill, e.g. 急救") String skill,
            @EventField("who certified it (staff, or the training's organiser)") String operator,
            @EventField("why") String reason) implements CoCreationEvent {
    }

    @EventType(value = "cocreation.applied", doc = "An eligible member applied to become a co-creation member.")
    record Applied(@EventField("the member") String member) implements CoCreationEvent {
    }

    @EventType(value = "cocreation.decided", doc = "The station decided an application; an approval grants the CO_CREATOR role.")
    record Decided(
            @EventField("the member") String member,
            @EventField("approved (true) or rejected (false)") boolean approved,
            @EventField("who decided") String operator,
            @EventField("why") String reason) implements CoCreationEvent {
    }
}
