package org.timestation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the apps' benchmark harnesses share (the kiosk's and the console's; BENCHMARKS.md): percentiles
 * of timings, their rows in the report's tables, how a fresh JVM of the app under test is started
 * (headless with Monocle when there is no display) and the report file they append to. No harness
 * asserts a time.
 */
public final class BenchHarness {
    private BenchHarness() {
    }

    public static long pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    public static long median(long[] v) {
        return pct(v, 50);
    }

    public static long min(long[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    public static long max(long[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    public static double ms(long nanos) {
        return nanos / 1e6;
    }

    public static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A row of a cold-start table: what, median, min, max. */
    public static String row(String what, long[] nanos) {
        return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms |%n", what, ms(median(nanos)), ms(min(nanos)), ms(max(nanos)));
    }

    /** The start of a fresh JVM's command line, headless (Monocle, software rendering) when there is no display. */
    public static List<String> java() {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8"));
        if (System.getenv("DISPLAY") == null) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1920x1080-32"));
        }
        return cmd;
    }

    /** The app's jar; without a display, also the Monocle jar the tests use (the app's jar does not ship it). */
    public static String classpath(Path jar) {
        if (System.getenv("DISPLAY") != null) {
            return jar.toString();
        }
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.contains("openjfx-monocle")).findFirst().orElseThrow();
        return jar + java.io.File.pathSeparator + monocle;
    }

    public static String display() {
        return System.getenv("DISPLAY") != null ? "real window on X display " + System.getenv("DISPLAY") + " (Xvfb)" : "Monocle headless";
    }

    /** Appends {@code text} to the report (and says it on stderr). */
    public static void report(Path report, String text) throws IOException {
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.err.print(text);
    }
}
