package org.timestation.sync;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a station's devices are, as it tells its hub with each sync (not a ledger event: it is the
 * machine's state, not the community's). Each of the card reader, the receipt printer and the QR
 * scanner has a state key (the kiosk's own text keys, such as {@code device.ok} or {@code device.lost});
 * {@code receipts} counts receipts that did not print and wait to be printed again.
 */
public record DeviceReport(Map<String, String> states) {
    /** What a station may report; anything else in a report is refused. */
    public static final Set<String> DEVICES = Set.of("reader", "printer", "scanner", "receipts");
    private static final Pattern VALUE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,39}");
    public static final DeviceReport NONE = new DeviceReport(Map.of());

    public DeviceReport {
        states = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(states)); // by name: kept and said in one order
        for (Map.Entry<String, String> e : states.entrySet()) {
            if (!DEVICES.contains(e.getKey()) || e.getValue() == null || !VALUE.matcher(e.getValue()).matches()) {
                throw new IllegalArgumentException("a device report names reader, printer, scanner or receipts, each with a short state ("
                        + e.getKey() + " = " + e.getValue() + ")");
            }
        }
    }

    public boolean isEmpty() {
        return states.isEmpty();
    }

    /** Reads the {@code devices} field of a pull request (absent: nothing reported). */
    public static DeviceReport parse(Object o) {
        if (o == null) {
            return NONE;
        }
        Map<String, Object> m = Wire.object(o, "device report");
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (!(e.getValue() instanceof String s)) {
                throw new IllegalArgumentException("a device's state is text (" + e.getKey() + ")");
            }
            out.put(e.getKey(), s);
        }
        return new DeviceReport(out);
    }

    /** As the hub keeps it: {@code printer=device.ok;reader=device.lost;…}. */
    public String encode() {
        StringBuilder b = new StringBuilder();
        states.forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return b.toString();
    }

    public static DeviceReport decode(String kept) {
        if (kept == null || kept.isEmpty()) {
            return NONE;
        }
        Map<String, String> out = new TreeMap<>();
        for (String part : kept.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && DEVICES.contains(part.substring(0, eq)) && VALUE.matcher(part.substring(eq + 1)).matches()) {
                out.put(part.substring(0, eq), part.substring(eq + 1)); // what cannot be read is left out, never a failed dashboard
            }
        }
        return new DeviceReport(out);
    }
}
