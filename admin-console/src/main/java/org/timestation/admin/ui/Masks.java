package org.timestation.admin.ui;

/** How the console shows what could identify a resident beyond what a task needs. */
public final class Masks {
    private Masks() {
    }

    /**
     * An address to its building (幸福里小区9号楼5单元131室 → 幸福里小区9号楼…): enough for staff to see
     * where someone lives within the compound, not their door.
     */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String a = address.strip();
        int end = Math.max(a.lastIndexOf('楼'), a.lastIndexOf('栋'));
        if (end > 0 && end < a.length() - 1) {
            return a.substring(0, end + 1) + "…";
        }
        if (end == a.length() - 1) {
            return a;
        }
        return a.length() <= 6 ? a : a.substring(0, 6) + "…";
    }
}
