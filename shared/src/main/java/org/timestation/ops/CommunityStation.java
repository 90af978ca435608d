package org.timestation.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.timestation.community.Community;
import org.timestation.disk.DiskGuard;

/**
 * A running app's side of the control socket: its community's ledger (backed up and compacted under the
 * ledger's lock, so residents' writes wait a moment and nothing is torn), any other database of its
 * folder (the hub's), and what the app alone knows.
 */
public final class CommunityStation implements ControlSocket.Station {
    private final Community community;
    private final Map<String, BiConsumer<String, Path>> others;
    private final Supplier<Map<String, String>> live;

    /**
     * {@code others}: further databases by file name and how each is backed up; {@code live}: the app's
     * own facts (last sync, devices), called on the socket's thread.
     */
    public CommunityStation(Community community, Map<String, BiConsumer<String, Path>> others, Supplier<Map<String, String>> live) {
        this.community = community;
        this.others = Map.copyOf(others);
        this.live = live;
    }

    @Override
    public String node() {
        return community.nodeId();
    }

    @Override
    public Backups.Source backupSource() {
        return new Backups.Source() {
            @Override
            public List<String> files() {
                List<String> files = new ArrayList<>(List.of(Backups.FILES.get(0)));
                Backups.FILES.stream().skip(1).filter(others::containsKey).forEach(files::add);
                return files;
            }

            @Override
            public void backup(String file, Path zip) {
                if (file.equals(Backups.FILES.get(0))) {
                    community.backupTo(zip);
                } else {
                    others.get(file).accept(file, zip);
                }
            }
        };
    }

    @Override
    public long[] compact() {
        DiskGuard guard = community.diskGuard();
        if (guard != null) {
            guard.requireRoom(); // compaction writes a new copy of the file for a moment
        }
        return community.compactNow();
    }

    @Override
    public Map<String, String> live() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("events", Long.toString(community.store().eventCount()));
        DiskGuard disk = community.diskGuard();
        if (disk != null) {
            m.put("disk-low", Boolean.toString(disk.low()));
        }
        m.putAll(live.get());
        return m;
    }
}
