package org.timestation.device.idcard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import org.timestation.device.CardData;
import org.timestation.member.Gender;
import org.timestation.member.IdNumber;
import org.timestation.text.DomainException;

/**
 * Speaks the SAM protocol to a reader over any byte streams (a serial port in the kiosk, a pipe or
 * pseudo-terminal in tests): find → select → read base message. {@link #poll()} reports a card once
 * per tap: a card that stays on the reader is not reported again until it has been taken away.
 * A number whose check digit is wrong is never trusted.
 */
public final class IdCardReaderDriver {
    /** What one poll saw. */
    public sealed interface Result permits NoCard, SameCard, NewCard, Failed {
    }

    public record NoCard() implements Result {
    }

    public record SameCard() implements Result {
    }

    public record NewCard(CardData card) implements Result {
    }

    /** The reader answered with a refusal or bytes that made no sense; the next poll tries again. */
    public record Failed(SamStatus status, String detail) implements Result {
    }

    private final SamFrameReader in;
    private final OutputStream out;
    private boolean present;

    public IdCardReaderDriver(InputStream in, OutputStream out) {
        this.in = new SamFrameReader(in);
        this.out = out;
    }

    /** One round; {@link IOException} when the reader is gone (unplugged) or silent. */
    public Result poll() throws IOException {
        try {
            SamFrame.Response found = ask(SamFrame.FIND_CARD);
            if (found.status() == SamStatus.NO_CARD) {
                present = false;
                return new NoCard();
            }
            if (found.status() != SamStatus.CARD_FOUND) {
                return new Failed(found.status(), "find");
            }
            if (present) {
                return new SameCard();
            }
            SamFrame.Response selected = ask(SamFrame.SELECT_CARD);
            if (selected.status() != SamStatus.SUCCESS) {
                return new Failed(selected.status(), "select");
            }
            SamFrame.Response read = ask(SamFrame.READ_BASE);
            if (read.status() != SamStatus.SUCCESS) {
                return new Failed(read.status(), "read");
            }
            IdCardText text = SamFrame.baseMessage(read);
            Optional<IdNumber> number = checked(text.idNumber());
            if (number.isEmpty()) {
                return new Failed(SamStatus.INFO_ERROR, "ID number fails its check digit");
            }
            java.time.LocalDate validTo;
            try {
                validTo = CardData.parseValidTo(text.validTo());
            } catch (RuntimeException garbled) {
                return new Failed(SamStatus.INFO_ERROR, "the card's valid-to field is not a date: " + garbled.getMessage());
            }
            present = true;
            Gender g = "1".equals(text.genderCode()) ? Gender.MALE : Gender.FEMALE;
            return new NewCard(new CardData(text.name(), g, text.nationCode(), text.birth(), text.address(), text.idNumber(), text.authority(),
                    text.validFrom(), validTo));
        } catch (SamProtocolException garbled) {
            return new Failed(SamStatus.OTHER, garbled.getMessage());
        }
    }

    private SamFrame.Response ask(byte[] command) throws IOException, SamProtocolException {
        out.write(SamFrame.request(command));
        out.flush();
        return in.next();
    }

    private static Optional<IdNumber> checked(String raw) {
        try {
            return Optional.of(IdNumber.parse(raw));
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }
}
