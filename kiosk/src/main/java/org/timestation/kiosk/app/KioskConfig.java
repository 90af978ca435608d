package org.timestation.kiosk.app;

import java.nio.file.Path;
import java.util.Objects;

/** How this kiosk was started. */
public record KioskConfig(Path dataDir, boolean demo, boolean simulatedDevices, boolean windowed, String nodeId, String merchantId) {
    public KioskConfig(Path dataDir, boolean demo, boolean simulatedDevices, boolean windowed, String nodeId) {
        this(dataDir, demo, simulatedDevices, windowed, nodeId, null);
    }

    /** Started as a merchant's voucher terminal (商家核销) rather than a residents' kiosk. */
    public boolean merchantTerminal() {
        return merchantId != null && !merchantId.isBlank();
    }

    public KioskConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(nodeId, "nodeId");
    }
}
