package org.timestation.funds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.timestation.ledger.Event;
import org.timestation.ledger.Transactor;
import org.timestation.staff.Operators;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * The funds transparency ledger (资金公示): money in yuan (kept in fen), separate from time credits.
 * Every line names what it is, who recorded it, who approved it and the picture of its voucher
 * (receipt or bank slip); money going out needs three different approvers and never takes the
 * station below zero. A weekly statement is published.
 */
public final class FundsService {
    /** The largest single line (¥1,000,000): a typo guard. */
    public static final long MAX_FEN = 100_000_000L;
    private static final int MAX_TEXT = 80;

    private final Transactor tx;
    private final FundsBook book;
    private final Supplier<Policy> policy;

    public FundsService(Transactor tx, FundsBook book, Supplier<Policy> policy) {
        this.tx = tx;
        this.book = book;
        this.policy = policy;
    }

    /**
     * Records a line. {@code voucherRef} names the stored picture of the receipt (required when money
     * moves); {@code approvers} are the people who signed it off (three for money going out).
     */
    public FundsEntry record(FundsKind kind, long fen, String description, String voucherRef, List<String> approvers, String operator,
                             String merchantId) {
        Operators.require(operator, description);
        if (kind == null) {
            throw new DomainException(ErrorCode.INVALID_FUNDS_ENTRY, "kind");
        }
        if (fen <= 0 || fen > MAX_FEN) {
            throw new DomainException(ErrorCode.INVALID_FUNDS_ENTRY, "amount ¥" + yuan(fen));
        }
        if (description.strip().length() > MAX_TEXT) {
            throw new DomainException(ErrorCode.TEXT_TOO_LONG, MAX_TEXT);
        }
        if (kind.cash() != 0 && (voucherRef == null || voucherRef.isBlank() || voucherRef.length() > 200)) {
            throw new DomainException(ErrorCode.VOUCHER_IMAGE_REQUIRED);
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String a : approvers == null ? List.<String>of() : approvers) {
            if (a != null && !a.isBlank()) {
                distinct.add(a.strip());
            }
        }
        if (distinct.size() < kind.approversNeeded()) {
            throw new DomainException(ErrorCode.NOT_ENOUGH_APPROVERS, kind.approversNeeded(), distinct.size());
        }
        if (kind.deposit() != 0 && (merchantId == null || merchantId.isBlank())) {
            throw new DomainException(ErrorCode.INVALID_FUNDS_ENTRY, "merchant");
        }
        return tx.write(sink -> {
            if (kind.cash() < 0 && book.cashFen() < fen) {
                throw new DomainException(ErrorCode.FUNDS_INSUFFICIENT, yuan(book.cashFen()), yuan(fen));
            }
            if (kind.deposit() < 0 && book.depositFen(merchantId) < fen) {
                throw new DomainException(ErrorCode.FUNDS_INSUFFICIENT, yuan(book.depositFen(merchantId)), yuan(fen));
            }
            Event e = sink.emit(new FundsEvent.Recorded(new FundsEvent.Entry(kind, fen, description.strip(),
                    voucherRef == null ? null : voucherRef.strip(), new ArrayList<>(distinct), operator.strip(), merchantId)));
            return book.entries().stream().filter(f -> f.id().equals(e.id().toString())).findFirst().orElseThrow();
        });
    }

    /** Every line, oldest first. */
    public List<FundsEntry> entries() {
        return tx.read(book::entries);
    }

    public long cashFen() {
        return tx.read(book::cashFen);
    }

    public long depositFen(String merchantId) {
        return tx.read(() -> book.depositFen(merchantId));
    }

    /** The statement of the week containing {@code day} (Monday to Sunday). */
    public WeeklyStatement weekly(LocalDate day) {
        return tx.read(() -> {
            ZoneId zone = policy.get().zoneId();
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long from = monday.atStartOfDay(zone).toInstant().toEpochMilli();
            long to = monday.plusWeeks(1).atStartOfDay(zone).toInstant().toEpochMilli();
            long opening = 0;
            long in = 0;
            long out = 0;
            long deposits = 0;
            List<FundsEntry> week = new ArrayList<>();
            for (FundsEntry f : book.entries()) {
                if (f.at() >= to) {
                    break;
                }
                deposits += f.kind().deposit() * f.fen();
                if (f.at() < from) {
                    opening += f.cashEffect();
                    continue;
                }
                week.add(f);
                if (f.cashEffect() > 0) {
                    in += f.cashEffect();
                } else {
                    out -= f.cashEffect();
                }
            }
            return new WeeklyStatement(monday, opening, in, out, opening + in - out, deposits, week);
        });
    }

    /** ¥ with two decimals, for messages. */
    public static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, Math.abs(fen % 100));
    }
}
