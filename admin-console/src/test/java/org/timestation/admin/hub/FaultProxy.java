package org.timestation.admin.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback between stations and the hub that breaks connections on purpose: TLS passes
 * through untouched (the pin still holds), and each new connection takes the next fault from a queue.
 * Bounded: it serves at most {@code maxConnections} and every socket has a read timeout, so a test
 * that forgets it still ends.
 */
final class FaultProxy implements AutoCloseable {
    /** What happens to one connection. */
    enum Fault {
        /** Passed through both ways. */
        NONE,
        /** Closed before a byte of the request reaches the hub. */
        DROP_BEFORE_REQUEST,
        /** The request is cut after a few hundred bytes (mid-handshake or mid-body). */
        CUT_MID_REQUEST,
        /** The request reaches the hub in full; its answer never reaches the station (a lost acknowledgement). */
        LOSE_RESPONSE,
        /** Nothing gets through for a while (a partition), then the connection is closed. */
        PARTITION
    }

    private final ServerSocket server;
    private volatile int target;
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<Socket> open = new ArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private final int maxConnections;
    private final Thread acceptor;

    FaultProxy(int target, int maxConnections) throws IOException {
        this.target = target;
        this.maxConnections = maxConnections;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "fault-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The hub moved (it restarted on another port). */
    void retarget(int port) {
        target = port;
    }

    /** The next connections get these faults, in order; after them, connections pass. */
    void next(Fault... fs) {
        faults.addAll(List.of(fs));
    }

    int served() {
        return served.get();
    }

    /** Forgets the faults not used yet. */
    void clearFaults() {
        faults.clear();
    }

    private void accept() {
        while (!server.isClosed() && served.get() < maxConnections) {
            try {
                Socket client = server.accept();
                served.incrementAndGet();
                Fault f = faults.poll();
                Thread t = new Thread(() -> handle(client, f == null ? Fault.NONE : f), "fault-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket client, Fault fault) {
        try (client) {
            client.setSoTimeout(20_000);
            track(client);
            if (fault == Fault.DROP_BEFORE_REQUEST) {
                return;
            }
            if (fault == Fault.PARTITION) {
                Thread.sleep(3_000);
                return;
            }
            try (Socket hub = new Socket()) {
                hub.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5_000);
                hub.setSoTimeout(20_000);
                track(hub);
                RecordCounter request = new RecordCounter();
                Thread up = pump(client.getInputStream(), hub.getOutputStream(), fault == Fault.CUT_MID_REQUEST ? 700 : Long.MAX_VALUE, hub, client,
                        request, null);
                // a lost acknowledgement: once the station's request has gone up (its second encrypted TLS record:
                // the first is its handshake Finished), nothing more comes down; the hub did the work
                Thread down = pump(hub.getInputStream(), client.getOutputStream(), Long.MAX_VALUE, client, hub, null,
                        fault == Fault.LOSE_RESPONSE ? request : null);
                down.join(30_000);
                up.join(1_000);
            }
        } catch (IOException | InterruptedException ignored) {
            // the fault, or the end of the test
        }
    }

    /** Counts the encrypted TLS records (type 23) a client has sent, by reading the record headers as they pass. */
    static final class RecordCounter {
        private final byte[] header = new byte[5];
        private int inHeader;
        private long bodyLeft;
        volatile int encrypted;

        void feed(byte[] buf, int n) {
            int i = 0;
            while (i < n) {
                if (bodyLeft > 0) {
                    int skip = (int) Math.min(bodyLeft, n - i);
                    bodyLeft -= skip;
                    i += skip;
                    continue;
                }
                header[inHeader++] = buf[i++];
                if (inHeader == 5) {
                    inHeader = 0;
                    bodyLeft = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
                    if (header[0] == 23) {
                        encrypted++;
                    }
                }
            }
        }
    }

    private static Thread pump(InputStream in, OutputStream out, long limit, Socket closeOnEnd, Socket other, RecordCounter count,
                               RecordCounter stopAfterRequest) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            long sent = 0;
            try {
                while (sent < limit) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, limit - sent));
                    if (n < 0) {
                        break;
                    }
                    if (stopAfterRequest != null && stopAfterRequest.encrypted >= 2) {
                        break; // the hub answered: the answer is swallowed and the connection cut
                    }
                    out.write(buf, 0, n);
                    out.flush();
                    if (count != null) {
                        count.feed(buf, n);
                    }
                    sent += n;
                }
            } catch (IOException ignored) {
                // closed
            } finally {
                if (sent >= limit || stopAfterRequest != null && stopAfterRequest.encrypted >= 2) {
                    closeQuietly(closeOnEnd);
                    closeQuietly(other);
                } else {
                    try {
                        closeOnEnd.shutdownOutput();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private synchronized void track(Socket s) {
        open.add(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        open.forEach(FaultProxy::closeQuietly);
    }
}
