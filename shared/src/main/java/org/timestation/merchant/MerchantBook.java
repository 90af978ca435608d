package org.timestation.merchant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventCodec;
import org.timestation.ledger.Payload;
import org.timestation.ledger.RowTable;

/** Merchants, their vouchers and every redemption, built from {@code merchant.*} events (order-independent for redemptions). */
public final class MerchantBook extends RowTable.Part {

    private final RowTable<Merchant> merchants = table("merchant", MerchantBook::encode, MerchantBook::decodeMerchant);
    private final RowTable<Voucher> vouchers = table("voucher", MerchantBook::encode, MerchantBook::decodeVoucher);
    private final RowTable<List<Voucher.Redemption>> redemptions = table("redemptions", MerchantBook::encode, MerchantBook::decodeRedemptions);
    private final Map<String, List<String>> vouchersByMember = new HashMap<>();
    private final Consumer<String> onOnboarded;

    /** {@code onOnboarded} is told each new merchant's member id (the member projection grants the role). */
    public MerchantBook(Consumer<String> onOnboarded) {
        this.onOnboarded = onOnboarded;
    }

    @Override
    public String prefix() {
        return "merchant.";
    }

    @Override
    public void apply(Event e) {
        MerchantEvent event = MerchantEvent.of(e);
        if (event instanceof MerchantEvent.Onboarded o) {
            Merchant m = o.toMerchant();
            merchants.put(m.id(), m);
            onOnboarded.accept(m.id());
        } else if (event instanceof MerchantEvent.VoucherIssued i) {
            Voucher v = new Voucher(e.id().toString(), i.member(), i.merchant(), i.minutes(), i.fen(), LocalDate.ofEpochDay(i.lastDay()),
                    e.epochMillis(), i.proxy(), false, List.of());
            vouchers.put(v.id(), v);
            vouchersByMember.computeIfAbsent(v.memberId(), k -> new ArrayList<>()).add(v.id());
        } else if (event instanceof MerchantEvent.VoucherRedeemed r) {
            List<Voucher.Redemption> list = new ArrayList<>(redemptions.get(r.voucher()).orElse(List.of()));
            list.add(new Voucher.Redemption(e.id().toString(), e.nodeId(), e.epochMillis()));
            list.sort(Comparator.comparingLong(Voucher.Redemption::at).thenComparing(Voucher.Redemption::eventId));
            redemptions.put(r.voucher(), List.copyOf(list));
        } else if (event instanceof MerchantEvent.VoucherRefunded r) {
            vouchers.get(r.voucher()).ifPresent(v -> vouchers.put(v.id(), new Voucher(v.id(), v.memberId(), v.merchantId(), v.minutes(), v.fen(),
                    v.lastDay(), v.issuedAt(), v.proxyId(), true, List.of())));
        }
    }

    public Optional<Merchant> merchant(String id) {
        return merchants.get(id);
    }

    public List<Merchant> merchants() {
        List<Merchant> out = merchants.valuesCopy();
        out.sort(Comparator.comparing(Merchant::id));
        return out;
    }

    /** The voucher with every redemption recorded for it. */
    public Optional<Voucher> voucher(String id) {
        return vouchers.get(id).map(this::withRedemptions);
    }

    /** Redemptions of a voucher this station has not seen issued yet (it will be matched when the issue arrives). */
    public List<Voucher.Redemption> redemptionsOf(String voucherId) {
        return redemptions.get(voucherId).orElse(List.of());
    }

    public List<Voucher> vouchersOf(String memberId) {
        List<Voucher> out = new ArrayList<>();
        for (String id : vouchersByMember.getOrDefault(memberId, List.of())) {
            out.add(voucher(id).orElseThrow());
        }
        return out;
    }

    public List<Voucher> vouchers() {
        List<Voucher> out = new ArrayList<>();
        vouchers.values().forEach(v -> out.add(withRedemptions(v)));
        out.sort(Comparator.comparingLong(Voucher::issuedAt).thenComparing(Voucher::id));
        return out;
    }

    private Voucher withRedemptions(Voucher v) {
        return new Voucher(v.id(), v.memberId(), v.merchantId(), v.minutes(), v.fen(), v.lastDay(), v.issuedAt(), v.proxyId(), v.refunded(),
                redemptionsOf(v.id()));
    }

    @Override
    protected void loaded(RowTable<?> table, String key, Object value) {
        if (value instanceof Voucher v) {
            vouchersByMember.computeIfAbsent(v.memberId(), k -> new ArrayList<>()).add(v.id());
        }
    }

    @Override
    protected void cleared() {
        vouchersByMember.clear();
    }

    /** A merchant's row: its onboarding terms as the event records them, without the operator. */
    private static String encode(Merchant m) {
        return EventCodec.encode(MerchantEvent.Onboarded.of(m, null));
    }

    private static Merchant decodeMerchant(String row) {
        return EventCodec.decode(MerchantEvent.Onboarded.class, row).toMerchant();
    }

    private static String encode(Voucher v) {
        return Payload.builder().put("id", v.id()).put("member", v.memberId()).put("merchant", v.merchantId()).put("minutes", v.minutes())
                .put("fen", v.fen()).put("lastDay", v.lastDay().toEpochDay()).put("at", v.issuedAt()).put("proxy", v.proxyId())
                .put("refunded", v.refunded()).encode();
    }

    private static Voucher decodeVoucher(String row) {
        Payload p = Payload.parse(row);
        return new Voucher(p.str("id"), p.str("member"), p.str("merchant"), p.num("minutes"), p.num("fen"), LocalDate.ofEpochDay(p.num("lastDay")),
                p.num("at"), p.optStr("proxy").orElse(null), p.bool("refunded"), List.of());
    }

    private static String encode(List<Voucher.Redemption> list) {
        List<Object> out = new ArrayList<>();
        for (Voucher.Redemption r : list) {
            out.add(Payload.builder().put("event", r.eventId()).put("node", r.nodeId()).put("at", r.at()).map());
        }
        return Payload.builder().put("list", out).encode();
    }

    private static List<Voucher.Redemption> decodeRedemptions(String row) {
        List<Voucher.Redemption> out = new ArrayList<>();
        for (Object o : Payload.parse(row).list("list")) {
            Payload p = Payload.of(o);
            out.add(new Voucher.Redemption(p.str("event"), p.str("node"), p.num("at")));
        }
        return List.copyOf(out);
    }
}
