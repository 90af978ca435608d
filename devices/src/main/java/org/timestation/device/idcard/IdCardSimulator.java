package org.timestation.device.idcard;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A card reader that speaks the real byte protocol (for demo mode and tests): it answers each
 * request frame it reads with the response a reader gives for the card placed on it, if any.
 */
public final class IdCardSimulator implements Runnable {
    /** The photo's size in a real base message (kept opaque: zeros here). */
    public static final int PHOTO_BYTES = 1024;
    private final SamFrameReader in;
    private final OutputStream out;
    private volatile IdCardText card;

    public IdCardSimulator(InputStream in, OutputStream out) {
        this.in = new SamFrameReader(in);
        this.out = out;
    }

    /** Places a card on the reader (null takes it away). */
    public synchronized void place(IdCardText c) {
        card = c;
    }

    /** Takes whatever card lies on the reader away; true when there was one. */
    public synchronized boolean takeAway() {
        boolean was = card != null;
        card = null;
        return was;
    }

    /** The card on the reader now, or null. */
    IdCardText onReader() {
        return card;
    }

    /** Takes {@code c} off the reader, unless another card was laid there since (its own moment is not cut short). */
    public synchronized void lift(IdCardText c) {
        if (card == c) {
            card = null;
        }
    }

    /** Answers one request; false when the other side has gone. */
    public boolean answerOne() throws IOException {
        byte[] command;
        try {
            command = in.nextRequest();
        } catch (SamProtocolException garbled) {
            out.write(SamFrame.response(SamStatus.CHECKSUM_ERROR.code(), new byte[0]));
            out.flush();
            return true;
        } catch (EOFException gone) {
            return false;
        }
        IdCardText c = card;
        byte[] response;
        if (Arrays.equals(command, SamFrame.FIND_CARD)) {
            response = SamFrame.response(c == null ? SamStatus.NO_CARD.code() : SamStatus.CARD_FOUND.code(), new byte[0]);
        } else if (Arrays.equals(command, SamFrame.SELECT_CARD)) {
            response = SamFrame.response(c == null ? SamStatus.SELECT_FAILED.code() : SamStatus.SUCCESS.code(), new byte[8]);
        } else if (Arrays.equals(command, SamFrame.READ_BASE)) {
            response = c == null ? SamFrame.response(SamStatus.INFO_ERROR.code(), new byte[0])
                    : SamFrame.response(SamStatus.SUCCESS.code(), SamFrame.baseMessageData(c, PHOTO_BYTES));
        } else if (Arrays.equals(command, SamFrame.SAM_STATUS)) {
            response = SamFrame.response(SamStatus.SUCCESS.code(), new byte[0]);
        } else {
            response = SamFrame.response(SamStatus.BAD_COMMAND.code(), new byte[0]);
        }
        out.write(response);
        out.flush();
        return true;
    }

    @Override
    public void run() {
        try {
            while (answerOne()) {
                // until the other side goes
            }
        } catch (IOException closed) {
            // the port was closed: the simulator stops
        }
    }
}
