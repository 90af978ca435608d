package org.timestation.place;

import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.EventField;
import org.timestation.ledger.EventType;
import org.timestation.ledger.LedgerEvent;

/** The community's buildings, their captains, and where members live. */
public sealed interface PlaceEvent extends LedgerEvent {

    static PlaceEvent of(Event e) {
        return EventCodec.decode(PlaceEvent.class, e);
    }

    @EventType(value = "place.building-added", doc = "Staff added a building of the community, with where it stands (for matching by distance).")
    record BuildingAdded(
            @EventField("the building's id") String building,
            @EventField("its name, e.g. 幸福里3号楼") String name,
            @EventField("latitude in millionths of a degree") long latE6,
            @EventField("longitude in millionths of a degree") long lonE6,
            @EventField("who added it") String operator) implements PlaceEvent {
    }

    @EventType(value = "place.captain-set", doc = "Staff made a member the building's captain (楼长管家): unmatched requests of the "
            + "building go on their list.")
    record CaptainSet(
            @EventField("the building") String building,
            @EventField("the captain (a member with the CAPTAIN role)") String captain,
            @EventField("who set them") String operator) implements PlaceEvent {
    }

    @EventType(value = "place.home-set", doc = "Staff recorded the building a member lives in.")
    record HomeSet(
            @EventField("the member") String member,
            @EventField("the building") String building,
            @EventField("who recorded it") String operator) implements PlaceEvent {
    }
}
