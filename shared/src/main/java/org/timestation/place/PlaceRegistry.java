package org.timestation.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowKey;

/** Buildings, their captains, and where each member lives: built from {@code place.*} events. */
public final class PlaceRegistry {
    private static final String BUILDING_KIND = "building";
    private static final String HOME_KIND = "home";

    private final Map<String, Building> buildings = new HashMap<>();
    private final Map<String, String> homes = new HashMap<>();
    private final Set<RowKey> dirty = new HashSet<>();

    private java.util.function.Consumer<String> onChange = id -> { };

    /** Told the member id whenever a member's matching-relevant data changes (the match index listens). */
    public void onChange(java.util.function.Consumer<String> listener) {
        this.onChange = listener;
    }

    public void apply(Event e) {
        PlaceEvent event = PlaceEvent.of(e);
        if (event instanceof PlaceEvent.BuildingAdded b) {
            putBuilding(new Building(b.building(), b.name(), b.latE6(), b.lonE6(), null));
        } else if (event instanceof PlaceEvent.CaptainSet c) {
            Building b = buildings.get(c.building());
            if (b != null) {
                putBuilding(b.withCaptain(c.captain()));
            }
        } else if (event instanceof PlaceEvent.HomeSet h) {
            homes.put(h.member(), h.building());
            dirty.add(new RowKey(HOME_KIND, h.member()));
            onChange.accept(h.member());
        }
    }

    private void putBuilding(Building b) {
        buildings.put(b.id(), b);
        dirty.add(new RowKey(BUILDING_KIND, b.id()));
    }

    public Optional<Building> building(String id) {
        return Optional.ofNullable(buildings.get(id));
    }

    public Optional<Building> homeOf(String memberId) {
        return Optional.ofNullable(homes.get(memberId)).map(buildings::get);
    }

    public void clear() {
        buildings.clear();
        homes.clear();
        dirty.clear();
    }

    public void drainDirtyRows(Map<RowKey, String> out) {
        for (RowKey k : dirty) {
            out.put(k, row(k));
        }
        dirty.clear();
    }

    public void allRows(Map<RowKey, String> out) {
        buildings.keySet().forEach(id -> out.put(new RowKey(BUILDING_KIND, id), row(new RowKey(BUILDING_KIND, id))));
        homes.keySet().forEach(m -> out.put(new RowKey(HOME_KIND, m), row(new RowKey(HOME_KIND, m))));
    }

    private String row(RowKey k) {
        if (k.kind().equals(HOME_KIND)) {
            return homes.get(k.key());
        }
        Building b = buildings.get(k.key());
        return Payload.builder().put("name", b.name()).put("latE6", b.latE6()).put("lonE6", b.lonE6()).put("captain", b.captainId()).encode();
    }

    public boolean load(RowKey key, String value) {
        if (key.kind().equals(HOME_KIND)) {
            homes.put(key.key(), value);
            return true;
        }
        if (key.kind().equals(BUILDING_KIND)) {
            Payload p = Payload.parse(value);
            buildings.put(key.key(), new Building(key.key(), p.str("name"), p.num("latE6"), p.num("lonE6"), p.optStr("captain").orElse(null)));
            return true;
        }
        return false;
    }
}
