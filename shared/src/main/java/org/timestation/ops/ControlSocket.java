package org.timestation.ops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code timestation-ctl} reaches a running app: a Unix socket, {@code control.sock}, in the data
 * folder (which only the station's account can enter, 0700; the socket itself is 0600). One request per
 * connection, one line: {@code status}, {@code backup DIR KEEP} or {@code compact}; the app answers in
 * lines and closes. A backup or compaction taken this way runs inside the app, on its own connection to
 * the ledger, so it is consistent while residents keep using the station.
 */
public final class ControlSocket implements AutoCloseable {
    public static final String FILE = "control.sock";
    private static final System.Logger LOG = System.getLogger(ControlSocket.class.getName());
    /** How long a connection may take to say what it wants before it is closed (the one serving thread is never held). */
    static final java.time.Duration REQUEST_WITHIN = java.time.Duration.ofSeconds(15);
    /** How long ctl waits for a quick answer (ping, status); a backup or compaction may take as long as it takes, within an hour. */
    public static final java.time.Duration QUICK = java.time.Duration.ofSeconds(30);
    public static final java.time.Duration LONG = java.time.Duration.ofHours(1);
    private static final java.util.concurrent.ScheduledExecutorService CLOSER = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "control-socket-timeouts");
        t.setDaemon(true);
        return t;
    });

    /** What a running app lets ctl do. */
    public interface Station {
        /** This node's id. */
        String node();

        /** Its databases, for a backup. */
        Backups.Source backupSource();

        /** Compacts its ledger file now: sizes before and after. */
        long[] compact();

        /** What only the running app knows (last sync, the devices' state), as key and value. */
        Map<String, String> live();
    }

    private final ServerSocketChannel server;
    private final Path file;
    private final Thread thread;

    private ControlSocket(ServerSocketChannel server, Path file, Station station, Clock clock) {
        this.server = server;
        this.file = file;
        this.thread = new Thread(() -> serve(station, clock), "control-socket");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Listens on {@code dataDir/control.sock} for this app's lifetime. A socket file left by an app that
     * ended without closing it is replaced; one another running app answers on is refused.
     */
    public static ControlSocket open(Path dataDir, Station station, Clock clock) {
        Path file = dataDir.toAbsolutePath().resolve(FILE);
        try {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                if (ask(dataDir, "ping").isPresent()) {
                    throw new IllegalStateException("another Time Station app is running on " + dataDir.toAbsolutePath());
                }
                Files.delete(file); // left behind by an app that did not close it
            }
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(file));
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the data folder's own permissions still keep others out
            }
            return new ControlSocket(server, file, station, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("the control socket could not be opened in " + dataDir.toAbsolutePath(), e);
        }
    }

    private void serve(Station station, Clock clock) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(Channels.newOutputStream(ch), false, StandardCharsets.UTF_8)) {
                java.util.concurrent.ScheduledFuture<?> deadline = closeAfter(ch, REQUEST_WITHIN); // an idle caller never holds the socket
                String line = in.readLine();
                deadline.cancel(false);
                for (String answer : answer(line == null ? "" : line, station, clock, file.getParent())) {
                    out.println(answer);
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                if (server.isOpen()) {
                    LOG.log(System.Logger.Level.WARNING, "a control request failed", e);
                }
            }
        }
    }

    static List<String> answer(String request, Station station, Clock clock, Path dataDir) {
        String[] parts = request.split("\t");
        List<String> out = new ArrayList<>();
        try {
            switch (parts[0]) {
                case "ping" -> out.add("ok");
                case "status" -> {
                    out.add("ok");
                    station.live().forEach((k, v) -> out.add(k + "=" + v));
                }
                case "backup" -> {
                    Backups.Taken t = Backups.take(station.backupSource(), station.node(), Path.of(parts[1]), Integer.parseInt(parts[2]), clock,
                            Backups.sizeOf(dataDir));
                    out.add("ok\t" + t.file() + "\t" + t.bytes());
                }
                case "compact" -> {
                    long[] sizes = station.compact();
                    out.add("ok\t" + sizes[0] + "\t" + sizes[1]);
                }
                default -> out.add("error\t不认识的请求：" + parts[0] + "\tunknown request: " + parts[0]);
            }
        } catch (RuntimeException e) {
            String why = said(e).replace('\t', ' ').replace('\n', ' ');
            out.clear();
            out.add("error\t" + why + "\t" + why);
        }
        return out;
    }

    /** What a failure says: a domain refusal in Chinese and English («zh / en»), anything else by its message. */
    static String said(RuntimeException e) {
        return e instanceof org.timestation.text.DomainException d ? d.text().toString() : String.valueOf(e.getMessage());
    }

    private static java.util.concurrent.ScheduledFuture<?> closeAfter(SocketChannel ch, java.time.Duration d) {
        return CLOSER.schedule(() -> {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closed already
            }
        }, d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The running app's quick answer to {@code request} (within {@link #QUICK}), or empty when no app is running on {@code dataDir}. */
    public static Optional<List<String>> ask(Path dataDir, String request) {
        return ask(dataDir, request, QUICK);
    }

    /**
     * The running app's answer to {@code request}, or empty when no app is running on {@code dataDir}; an app that does
     * not answer within {@code within} gets an {@code error} answer (it is running, but not answering).
     */
    public static Optional<List<String>> ask(Path dataDir, String request, java.time.Duration within) {
        Path file = dataDir.toAbsolutePath().resolve(FILE);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        SocketChannel ch;
        try {
            ch = SocketChannel.open(UnixDomainSocketAddress.of(file));
        } catch (IOException nobody) {
            return Optional.empty(); // refused: the app that made the file is gone
        }
        java.util.concurrent.ScheduledFuture<?> deadline = closeAfter(ch, within);
        List<String> lines = new ArrayList<>();
        try (ch; PrintWriter out = new PrintWriter(Channels.newOutputStream(ch), true, StandardCharsets.UTF_8);
             BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(ch), StandardCharsets.UTF_8))) {
            out.println(request);
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(l);
            }
        } catch (IOException cut) {
            lines.clear();
        } finally {
            deadline.cancel(false);
        }
        if (lines.isEmpty()) {
            return Optional.of(List.of("error\t驿站程序在运行，但 " + within.toSeconds() + " 秒内没有回答；请看看它是否卡住了（journalctl）\tthe app "
                    + "is running but did not answer within " + within.toSeconds() + " s; see whether it is stuck (journalctl)"));
        }
        return Optional.of(lines);
    }

    /** The {@code key=value} lines after the first, in order. */
    static Map<String, String> pairs(List<String> lines) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int eq = l.indexOf('=');
            if (eq > 0) {
                m.put(l.substring(0, eq), l.substring(eq + 1));
            }
        }
        return m;
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the control socket", e);
        }
    }
}
