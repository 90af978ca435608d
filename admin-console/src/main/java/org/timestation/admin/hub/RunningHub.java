package org.timestation.admin.hub;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The hub at work: its ledger and log open, its HTTPS server listening, and the community's time rules
 * run once a minute for every station (decision 0027). {@code serve} runs one headless; the console app
 * runs one behind its window.
 */
public final class RunningHub implements AutoCloseable {
    private final Hub hub;
    private final HubTls tls;
    private final HubServer server;
    private final ScheduledExecutorService minute;
    private final int port;

    private RunningHub(Hub hub, HubTls tls, HubServer server, ScheduledExecutorService minute, int port) {
        this.hub = hub;
        this.tls = tls;
        this.server = server;
        this.minute = minute;
        this.port = port;
    }

    /** Opens the hub on {@code dataDir} and starts it listening on {@code bind}:{@code port} (0: any free port). */
    public static RunningHub start(Path dataDir, String bind, int port, Clock clock) {
        Hub hub = Hub.open(dataDir, clock);
        try {
            HubTls tls = HubTls.openOrCreate(dataDir, new SecureRandom());
            HubServer server = new HubServer(hub, tls, bind, port, clock);
            int actual = server.start();
            ScheduledExecutorService minute = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hub-time-rules");
                t.setDaemon(true);
                return t;
            });
            minute.scheduleWithFixedDelay(() -> {
                try {
                    hub.runTimeRules();
                } catch (RuntimeException e) {
                    System.getLogger(RunningHub.class.getName()).log(System.Logger.Level.WARNING, "the time rules failed this minute: " + e.getMessage(), e);
                }
            }, 5, 60, TimeUnit.SECONDS);
            RunningHub running = new RunningHub(hub, tls, server, minute, actual);
            running.openControl(dataDir, clock);
            return running;
        } catch (RuntimeException e) {
            hub.close();
            throw e;
        }
    }

    private org.timestation.ops.ControlSocket control;

    /** timestation-ctl reaches the running hub through its data folder's control socket (status, online backup of both databases, compact). */
    private void openControl(Path dataDir, Clock clock) {
        HubDb db = HubDb.open(dataDir);
        try {
            control = org.timestation.ops.ControlSocket.open(dataDir, new org.timestation.ops.CommunityStation(hub.community(),
                    java.util.Map.of("hub.mv.db", (file, zip) -> db.backupTo(zip)),
                    () -> java.util.Map.of("stations", Integer.toString(hub.community().store().heads().size()), "port", Integer.toString(port))), clock);
        } catch (RuntimeException e) {
            System.getLogger(RunningHub.class.getName()).log(System.Logger.Level.WARNING,
                    "timestation-ctl cannot reach this hub (" + e.getMessage() + "); backups need it stopped");
        }
    }

    public Hub hub() {
        return hub;
    }

    public HubTls tls() {
        return tls;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (control != null) {
            control.close();
        }
        minute.shutdownNow();
        try {
            server.close();
        } finally {
            hub.close();
        }
    }
}
