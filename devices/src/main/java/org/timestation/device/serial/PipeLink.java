package org.timestation.device.serial;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An in-process cable between a driver and a device simulator: bytes written at one end are read at
 * the other. Reads time out like a serial port's (an {@link IOException} after {@code timeoutMs}
 * without a byte); closing either end makes the other read end of stream (the cable pulled).
 */
public final class PipeLink implements ByteLink {
    private static final int EOF = -1;
    private final BlockingQueue<Integer> incoming;
    private final BlockingQueue<Integer> outgoing;
    private final int timeoutMs;
    private final String name;
    private volatile boolean closed;
    private PipeLink peer;

    private PipeLink(BlockingQueue<Integer> incoming, BlockingQueue<Integer> outgoing, int timeoutMs, String name) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.timeoutMs = timeoutMs;
        this.name = name;
    }

    /** Two ends: [0] for the driver (reads time out after {@code timeoutMs}), [1] for the simulator (reads block). */
    public static PipeLink[] pair(int timeoutMs) {
        BlockingQueue<Integer> toDevice = new ArrayBlockingQueue<>(1 << 16);
        BlockingQueue<Integer> toHost = new ArrayBlockingQueue<>(1 << 16);
        PipeLink host = new PipeLink(toHost, toDevice, timeoutMs, "simulator");
        PipeLink device = new PipeLink(toDevice, toHost, 0, "host");
        host.peer = device;
        device.peer = host;
        return new PipeLink[] {host, device};
    }

    @Override
    public InputStream in() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (closed) {
                    return EOF;
                }
                try {
                    Integer b = timeoutMs > 0 ? incoming.poll(timeoutMs, TimeUnit.MILLISECONDS) : incoming.take();
                    if (b == null) {
                        throw new ReadTimeoutException("no answer within " + timeoutMs + " ms");
                    }
                    if (b == EOF) {
                        incoming.offer(EOF); // stays at end of stream
                    }
                    return b;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }

            @Override
            public int available() {
                return closed ? 0 : (int) incoming.stream().filter(b -> b != EOF).count();
            }
        };
    }

    @Override
    public OutputStream out() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (closed || peer.closed) {
                    throw new IOException("the device is not connected");
                }
                try {
                    if (!outgoing.offer(b & 0xFF, 1, TimeUnit.SECONDS)) {
                        throw new IOException("the device does not read");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
            }
        };
    }

    @Override
    public String path() {
        return name;
    }

    /** Pulls the cable: both ends read end of stream. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            outgoing.offer(EOF);
            incoming.offer(EOF);
        }
    }
}
