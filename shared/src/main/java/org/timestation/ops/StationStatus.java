package org.timestation.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.timestation.datafolder.DataFolder;
import org.timestation.disk.DiskGuard;
import org.timestation.ledger.EventStore;

/**
 * What {@code timestation-ctl status} says about a station, one line each, in Chinese and English:
 * the release, the node, the hub it is enrolled with, its last sync, the ledger's size, the free disk,
 * the last backup and the devices. A running app adds what only it knows (its control socket); with the
 * app stopped the ledger is read read-only.
 */
public record StationStatus(List<String> lines) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static StationStatus of(Path data, Path backups, ZoneId zone) {
        List<String> out = new ArrayList<>();
        Map<String, String> live = CtlMain.live(data);
        out.add(line("版本", "version", CtlMain.version()));
        out.add(line("运行", "running", live.isEmpty() ? "否 no" : "是 yes"));
        String node = CtlMain.readNode(data);
        out.add(line("节点", "node", node));
        String hub;
        try {
            hub = Files.exists(data.resolve(Backups.FILES.get(1))) ? "本机就是社区枢纽 this is the community's hub"
                    + (live.containsKey("port") ? "，端口 port " + live.get("port") : "")
                    : org.timestation.sync.HubLink.of(data).map(l -> l.url() + " (" + l.hubNode() + ")").orElse("未登记，单机 not enrolled, standalone");
        } catch (RuntimeException damaged) {
            hub = "hub.properties 损坏 damaged: " + damaged.getMessage();
        }
        out.add(line("枢纽", "hub", hub));
        String synced = live.get("last-sync");
        long events = -1;
        if (synced == null && Files.exists(data.resolve(Backups.FILES.get(0))) && !CtlMain.locked(data.resolve(Backups.FILES.get(0)))) {
            try (EventStore store = DataFolder.at(data).openReadOnly()) {
                synced = store.nodeState(org.timestation.credit.OfflineSpendingCap.SYNCED_AT)
                        .map(ms -> WHEN.withZone(zone).format(Instant.ofEpochMilli(Long.parseLong(ms)))).orElse("从未 never");
                events = store.eventCount();
            } catch (RuntimeException unreadable) {
                synced = "读不了账本 ledger unreadable: " + unreadable.getMessage();
            }
        }
        out.add(line("上次同步", "last sync", synced == null ? "从未 never" : synced));
        Path ledger = data.resolve(Backups.FILES.get(0));
        String size = Files.exists(ledger) ? size(Backups.bytes(ledger)) : "没有账本 no ledger";
        if (events >= 0) {
            size += ", " + events + " 条记录 events";
        } else if (live.containsKey("events")) {
            size += ", " + live.get("events") + " 条记录 events";
        }
        out.add(line("账本", "ledger", size));
        out.add(line("磁盘余量", "free disk", size(DiskGuard.usable(data))));
        String last = "没有 none";
        if (backups != null) {
            try {
                List<Path> mine = Backups.list(backups, node);
                if (!mine.isEmpty()) {
                    Path newest = mine.get(mine.size() - 1);
                    last = newest.getFileName() + " (" + WHEN.withZone(zone).format(Files.getLastModifiedTime(newest).toInstant()) + ", "
                            + size(Files.size(newest)) + ", " + mine.size() + " 份 kept)";
                }
            } catch (IOException e) {
                last = "读不了备份文件夹 backup folder unreadable: " + e.getMessage();
            }
        }
        out.add(line("上次备份", "last backup", last));
        out.add(line("设备", "devices", live.getOrDefault("devices", devices(data))));
        return new StationStatus(List.copyOf(out));
    }

    private static String devices(Path data) {
        Path f = data.resolve("devices.properties");
        if (!Files.exists(f)) {
            return "没有设置 none configured";
        }
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(f)) {
            p.load(r);
        } catch (IOException e) {
            return "devices.properties 读不了 unreadable";
        }
        List<String> said = new ArrayList<>();
        for (String d : List.of("reader", "printer", "scanner")) {
            String port = p.getProperty(d + ".port");
            if (port != null && !port.isBlank()) {
                said.add(d + " " + port + (Files.exists(Path.of(port.strip())) ? " ✓" : " 未接上 not plugged in"));
            }
        }
        return said.isEmpty() ? "没有设置端口 no ports set" : String.join(", ", said);
    }

    private static String line(String zh, String en, String value) {
        return String.format(Locale.ROOT, "%-6s %-12s %s", zh, en, value);
    }

    /** Bytes in words a technician reads at a glance: 1.4 GB, 230 MB, 12 KB. */
    public static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.0f KB", Math.ceil(bytes / 1024.0));
    }
}
