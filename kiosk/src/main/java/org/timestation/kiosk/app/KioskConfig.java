package org.timestation.kiosk.app;

import java.nio.file.Path;
import java.util.Objects;

/** How this kiosk was started. */
public record KioskConfig(Path dataDir, boolean demo, boolean simulatedDevices, boolean windowed, String nodeId) {
    public KioskConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
