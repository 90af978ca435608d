package org.timestation.admin.app.dashboard;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.timestation.admin.hub.HubNodes;

/** The dashboard's state: the figures, the stations as the hub knows them, the log, and when it was worked out. */
final class DashboardModel {
    /** The community log now: its size and how many stations cosigned its latest checkpoint. */
    record LogState(long size, long signedSize, int cosigners, int stations) {
    }

    /** Everything the dashboard shows, taken at one moment. */
    record Snapshot(DashboardFigures figures, List<HubNodes.Node> stations, java.util.Map<String, HubNodes.Devices> devices, LogState log, long at,
                    java.time.ZoneId zone) {
    }

    final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
}
