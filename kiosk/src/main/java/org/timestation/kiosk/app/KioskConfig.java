package org.timestation.kiosk.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How this kiosk was started. {@code devicesFile}: where its devices are set (null: {@code devices.properties}
 * in the data folder); {@code inService}: an installed station in service (the pointer hidden, a staff-only
 * enrollment screen until it is enrolled).
 */
public record KioskConfig(Path dataDir, boolean demo, boolean simulatedDevices, boolean windowed, String nodeId, String merchantId, Path devicesFile,
                          boolean inService) {
    public KioskConfig(Path dataDir, boolean demo, boolean simulatedDevices, boolean windowed, String nodeId) {
        this(dataDir, demo, simulatedDevices, windowed, nodeId, null);
    }

    public KioskConfig(Path dataDir, boolean demo, boolean simulatedDevices, boolean windowed, String nodeId, String merchantId) {
        this(dataDir, demo, simulatedDevices, windowed, nodeId, merchantId, null, false);
    }

    /** The devices' settings file. */
    public Path devices() {
        return devicesFile != null ? devicesFile : dataDir.resolve(org.timestation.device.station.DeviceConfig.FILE);
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
