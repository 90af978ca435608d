package org.timestation.place;

/** A building of the community, with its position (micro-degrees: integers keep the ledger free of floats) and captain. */
public record Building(String id, String name, long latE6, long lonE6, String captainId) {
    /** Straight-line (great-circle) distance in metres. */
    public long metresTo(Building other) {
        double lat1 = Math.toRadians(latE6 / 1e6);
        double lat2 = Math.toRadians(other.latE6 / 1e6);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians((other.lonE6 - lonE6) / 1e6);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return Math.round(2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a))));
    }

    Building withCaptain(String captain) {
        return new Building(id, name, latE6, lonE6, captain);
    }
}
