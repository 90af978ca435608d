package org.timestation.place;

import org.timestation.ledger.Transactor;
import org.timestation.member.MemberRegistry;
import org.timestation.staff.Operators;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** Setting up the community's buildings, their captains, and members' homes (staff acts). */
public final class PlaceService {
    private final Transactor tx;
    private final PlaceRegistry places;
    private final MemberRegistry members;

    public PlaceService(Transactor tx, PlaceRegistry places, MemberRegistry members) {
        this.tx = tx;
        this.places = places;
        this.members = members;
    }

    public Building addBuilding(String id, String name, long latE6, long lonE6, String operator) {
        if (id == null || !id.matches("[A-Za-z0-9-]{1,32}") || name == null || name.isBlank()
                || Math.abs(latE6) > 90_000_000 || Math.abs(lonE6) > 180_000_000) {
            throw new DomainException(ErrorCode.INVALID_BUILDING);
        }
        Operators.require(operator, "add building");
        return tx.write(sink -> {
            if (places.building(id).isPresent()) {
                throw new DomainException(ErrorCode.INVALID_BUILDING);
            }
            sink.emit(new PlaceEvent.BuildingAdded(id, name.strip(), latE6, lonE6, operator.strip()));
            return places.building(id).orElseThrow();
        });
    }

    public void setCaptain(String buildingId, String captainId, String operator) {
        Operators.require(operator, "set captain");
        tx.write(sink -> {
            requireBuilding(buildingId);
            var m = members.byId(captainId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, captainId));
            if (!m.has(Role.CAPTAIN)) {
                throw new DomainException(ErrorCode.NOT_A_CAPTAIN, captainId);
            }
            return sink.emit(new PlaceEvent.CaptainSet(buildingId, captainId, operator.strip()));
        });
    }

    public void setHome(String memberId, String buildingId, String operator) {
        Operators.require(operator, "set home");
        tx.write(sink -> {
            requireBuilding(buildingId);
            members.byId(memberId).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, memberId));
            return sink.emit(new PlaceEvent.HomeSet(memberId, buildingId, operator.strip()));
        });
    }

    private Building requireBuilding(String id) {
        return places.building(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_BUILDING, String.valueOf(id)));
    }
}
