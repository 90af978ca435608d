package org.timestation.kiosk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads (without initialising) the classes the kiosk needs for its first frame, on a second thread
 * while the JavaFX toolkit starts on the first: on a two-core station this takes most of the class
 * loading out of the way before the attract screen is built. The list is
 * {@code startup-classes.txt} (how to make it: docs/decisions/0016); a class missing from the jar is
 * skipped, so a stale list only costs time, never correctness.
 */
public final class StartupPreload {
    static final String LIST = "/org/timestation/kiosk/app/startup-classes.txt";

    private StartupPreload() {
    }

    public static void start() {
        Thread t = new Thread(StartupPreload::run, "startup-preload");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static int run() {
        ClassLoader loader = StartupPreload.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = StartupPreload.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // not in this build: skip
                }
            }
        } catch (IOException e) {
            return loaded;
        }
        return loaded;
    }
}
