package org.timestation.trust;

/** Whose trust: a member as a resident, or a member's shop as a partner merchant (scored separately). */
public record Party(Side side, String id) {
    public enum Side { MEMBER, MERCHANT }

    public static Party member(String id) {
        return new Party(Side.MEMBER, id);
    }

    public static Party merchant(String id) {
        return new Party(Side.MERCHANT, id);
    }

    /** The stored form, e.g. {@code member:m-1a2b}. */
    public String key() {
        return side.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    public static Party parse(String key) {
        int colon = key.indexOf(':');
        return new Party(Side.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT)), key.substring(colon + 1));
    }
}
