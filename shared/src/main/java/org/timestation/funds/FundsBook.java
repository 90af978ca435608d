package org.timestation.funds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.timestation.ledger.Event;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;

/** The funds transparency ledger, built from {@code funds.recorded} events. */
public final class FundsBook extends RowTable.Part {
    private static final String TOTALS = "totals";

    private final RowTable<FundsEntry> entries = table("funds", FundsBook::encode, FundsBook::decode);
    private final RowTable<Long> deposits = table("deposit", String::valueOf, Long::parseLong);
    private final RowTable<Long> cash = table("cash", String::valueOf, Long::parseLong);

    @Override
    public String prefix() {
        return "funds.";
    }

    @Override
    public void apply(Event e) {
        FundsEvent.Entry entry = ((FundsEvent.Recorded) FundsEvent.of(e)).entry();
        FundsEntry f = new FundsEntry(e.id().toString(), entry.kind(), entry.fen(), entry.description(), entry.voucher(), entry.approvers(),
                entry.operator(), entry.merchant(), e.epochMillis());
        entries.put(f.id(), f);
        cash.put(TOTALS, cashFen() + f.cashEffect());
        if (f.merchantId() != null && f.kind().deposit() != 0) {
            deposits.put(f.merchantId(), depositFen(f.merchantId()) + f.kind().deposit() * f.fen());
        }
    }

    /** Money the station holds now, in fen. */
    public long cashFen() {
        return cash.get(TOTALS).orElse(0L);
    }

    /** A merchant's deposit still held, in fen. */
    public long depositFen(String merchantId) {
        return deposits.get(merchantId).orElse(0L);
    }

    public long depositsHeldFen() {
        return deposits.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every entry, oldest first. */
    public List<FundsEntry> entries() {
        List<FundsEntry> out = entries.valuesCopy();
        out.sort(Comparator.comparingLong(FundsEntry::at).thenComparing(FundsEntry::id));
        return out;
    }

    static Payload.Builder payload(FundsKind kind, long fen, String description, String voucherRef, List<String> approvers,
                                   String operator, String merchantId) {
        return Payload.builder().put("kind", kind.name()).put("fen", fen).put("description", description).put("voucher", voucherRef)
                .put("approvers", new ArrayList<Object>(approvers)).put("operator", operator).put("merchant", merchantId);
    }

    private static FundsEntry fromPayload(String id, Payload p, long at) {
        List<String> approvers = new ArrayList<>();
        p.list("approvers").forEach(o -> approvers.add((String) o));
        return new FundsEntry(id, FundsKind.valueOf(p.str("kind")), p.num("fen"), p.str("description"), p.optStr("voucher").orElse(null),
                approvers, p.str("operator"), p.optStr("merchant").orElse(null), at);
    }

    private static String encode(FundsEntry f) {
        return Payload.builder().put("id", f.id()).put("at", f.at()).put("entry", payload(f.kind(), f.fen(), f.description(),
                f.voucherRef(), f.approvers(), f.operator(), f.merchantId()).map()).encode();
    }

    private static FundsEntry decode(String row) {
        Payload p = Payload.parse(row);
        return fromPayload(p.str("id"), p.obj("entry"), p.num("at"));
    }
}
