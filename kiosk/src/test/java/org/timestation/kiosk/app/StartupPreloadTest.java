package org.timestation.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The start-up class list still names the classes of this build (regenerate it as decision 0016 says when this fails). */
class StartupPreloadTest {
    @Test
    void almostEveryClassOnTheStartupListExists() throws IOException {
        long listed;
        try (InputStream in = StartupPreload.class.getResourceAsStream(StartupPreload.LIST)) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
        assertThat(listed).isGreaterThan(500);
        assertThat((double) StartupPreload.run() / listed).isGreaterThanOrEqualTo(0.95);
    }
}
