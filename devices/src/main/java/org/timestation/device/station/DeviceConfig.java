package org.timestation.device.station;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * Where the station's devices are plugged in: {@code devices.properties} in the data folder.
 * A device without a port is not used (the screens say what to do instead). A value that makes no
 * sense is refused with both languages naming the key, so a technician can fix the file.
 *
 * <pre>
 * reader.port=/dev/ttyUSB0      reader.baud=115200
 * printer.port=/dev/ttyUSB1     printer.baud=9600     printer.paper=80    printer.qr=native (or raster)
 * scanner.port=/dev/ttyACM0     scanner.baud=9600     scanner.mode=serial   (or wedge: keyboard mode)
 * </pre>
 */
public record DeviceConfig(String readerPort, int readerBaud, String printerPort, int printerBaud, int paperMm, String scannerPort,
                           int scannerBaud, ScannerMode scannerMode, QrMode printerQr) {
    public static final String FILE = "devices.properties";
    static final Set<String> KEYS = Set.of("reader.port", "reader.baud", "printer.port", "printer.baud", "printer.paper", "scanner.port",
            "scanner.baud", "scanner.mode", "printer.qr");

    public enum ScannerMode { SERIAL, WEDGE }

    /** How the printer gets a QR code: it draws it ({@code GS ( k}), or the kiosk sends it as a bitmap ({@code GS v 0}, printers without QR). */
    public enum QrMode { NATIVE, RASTER }

    public static final DeviceConfig NONE = new DeviceConfig(null, 115_200, null, 9600, 80, null, 9600, ScannerMode.WEDGE, QrMode.NATIVE);

    /** The file in {@code dataDir}, or {@link #NONE} when there is none. */
    public static DeviceConfig load(Path dataDir) throws ConfigException {
        return loadFile(dataDir.resolve(FILE));
    }

    /** The file {@code f} (an installed station's /etc/timestation/devices.properties), or {@link #NONE} when there is none. */
    public static DeviceConfig loadFile(Path f) throws ConfigException {
        if (!Files.exists(f)) {
            return NONE;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("无法读取 " + f + "：" + e.getMessage() + "。请检查文件。", "Cannot read " + f + ": " + e.getMessage() + ". Check the file.");
        }
        return parse(p);
    }

    static DeviceConfig parse(Properties p) throws ConfigException {
        for (String k : p.stringPropertyNames()) {
            if (!KEYS.contains(k)) {
                throw new ConfigException("devices.properties 里有不认识的设置 “" + k + "”。可用的设置：" + String.join("、", KEYS.stream().sorted().toList()),
                        "Unknown setting \"" + k + "\" in devices.properties. Known settings: " + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        int paper = number(p, "printer.paper", 80);
        if (paper != 58 && paper != 80) {
            throw new ConfigException("printer.paper 只能是 58 或 80（毫米），现在是 " + paper + "。",
                    "printer.paper must be 58 or 80 (mm), not " + paper + ".");
        }
        ScannerMode m = choice(p, "scanner.mode", p.getProperty("scanner.port") == null ? "wedge" : "serial", ScannerMode.class,
                "serial（串口）或 wedge（键盘模式）", "serial or wedge (keyboard mode)");
        QrMode q = choice(p, "printer.qr", "native", QrMode.class, "native（打印机自己画二维码）或 raster（驿站画好再打印，给不支持二维码的打印机）",
                "native (the printer draws QR codes) or raster (the station draws them, for printers without QR)");
        return new DeviceConfig(port(p, "reader.port"), baud(p, "reader.baud", 115_200), port(p, "printer.port"), baud(p, "printer.baud", 9600),
                paper, port(p, "scanner.port"), baud(p, "scanner.baud", 9600), m, q);
    }

    /** One of an enum's values, written in lower case; refused naming the key and the choices. */
    private static <E extends Enum<E>> E choice(Properties p, String key, String dflt, Class<E> type, String zhChoices, String enChoices)
            throws ConfigException {
        String v = p.getProperty(key, dflt).strip();
        try {
            return Enum.valueOf(type, v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " 只能是 " + zhChoices + "，现在是 “" + v + "”。", key + " must be " + enChoices + ", not \"" + v + "\".");
        }
    }

    private static String port(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int baud(Properties p, String key, int dflt) throws ConfigException {
        int b = number(p, key, dflt);
        if (!Set.of(1200, 2400, 4800, 9600, 19_200, 38_400, 57_600, 115_200, 230_400).contains(b)) {
            throw new ConfigException(key + " 不是常用的波特率：" + b + "（例如 9600 或 115200）。", key + " is not a usual baud rate: " + b + " (e.g. 9600 or 115200).");
        }
        return b;
    }

    private static int number(Properties p, String key, int dflt) throws ConfigException {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " 应该是数字，现在是 “" + v + "”。", key + " should be a number, not \"" + v + "\".");
        }
    }

    /** A devices.properties that cannot be used, said in both languages. */
    public static final class ConfigException extends Exception {
        private final String zh;
        private final String en;

        public ConfigException(String zh, String en) {
            super(zh + " / " + en);
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }
}
