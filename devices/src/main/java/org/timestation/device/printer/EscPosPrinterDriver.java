package org.timestation.device.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Talks to an ESC/POS printer over any byte streams (a serial port in the kiosk, a pseudo-terminal
 * in tests): asks its status with {@code DLE EOT} before and after a job, and sends the job only
 * when it is ready. The input must time out (a serial port's read timeout) or the printer must answer:
 * a silent printer is reported as gone, never waited on forever.
 */
public final class EscPosPrinterDriver {
    /** What became of a job. */
    public sealed interface Outcome permits Printed, NotPrinted {
        PrinterStatus status();
    }

    /** Printed; {@code status} is the printer's state afterwards (e.g. near the end of the roll). */
    public record Printed(PrinterStatus status) implements Outcome {
    }

    /** Not printed (or not completely): the printer's state says why. */
    public record NotPrinted(PrinterStatus status, boolean started) implements Outcome {
    }

    private final InputStream in;
    private final OutputStream out;

    public EscPosPrinterDriver(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** The printer's state now; {@link IOException} when it does not answer (unplugged, off). */
    public PrinterStatus status() throws IOException, PrinterProtocolException {
        int printer = ask(1);
        int cause = ask(2);
        int paper = ask(4);
        return PrinterStatus.parse(printer, cause, paper);
    }

    /** Checks the status, sends the job if ready, checks again. */
    public Outcome print(byte[] job) throws IOException, PrinterProtocolException {
        PrinterStatus before = status();
        if (!before.ready()) {
            return new NotPrinted(before, false);
        }
        out.write(job);
        out.flush();
        PrinterStatus after = status();
        return after.ready() ? new Printed(after) : new NotPrinted(after, true);
    }

    private int ask(int n) throws IOException {
        drain();
        out.write(EscPos.statusRequest(n));
        out.flush();
        int b = in.read();
        if (b < 0) {
            throw new IOException("the printer did not answer (unplugged or switched off?)");
        }
        return b;
    }

    /** Drops bytes left over from an earlier answer (noise, a late reply) so answers stay in step. */
    private void drain() throws IOException {
        while (in.available() > 0) {
            if (in.read() < 0) {
                return;
            }
        }
    }
}
