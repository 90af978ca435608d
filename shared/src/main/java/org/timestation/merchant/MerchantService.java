package org.timestation.merchant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.timestation.credit.CreditService;
import org.timestation.credit.Minutes;
import org.timestation.funds.FundsKind;
import org.timestation.funds.FundsService;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.Transactor;
import org.timestation.member.Identified;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.staff.Operators;
import org.timestation.proxy.ProxyAct;
import org.timestation.proxy.ProxyService;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;
import org.timestation.trust.TrustService;

/**
 * Partner merchants (商家) and redemption vouchers (兑换券). A member turns credits into a voucher
 * for one merchant at the kiosk (the credits move to the merchant's settlement account at once); the
 * voucher's QR is signed by the issuing station, so a merchant terminal verifies it offline and
 * redeems it once. A voucher redeemed twice on terminals that were offline is detected when their
 * feeds meet and flagged. Unredeemed vouchers are refunded after their last day.
 */
public final class MerchantService {
    private static final long MAX_RATE_FEN = 10_000;

    private final Transactor tx;
    private final MerchantBook book;
    private final MemberRegistry members;
    private final CreditService credits;
    private final TrustService trust;
    private final FundsService funds;
    private final ProxyService proxies;
    private final NodeIdentity node;
    private final Function<String, java.util.List<byte[]>> nodeKeys;
    private final Function<EventId, Optional<Event>> events;
    private final Supplier<Policy> policy;
    private final Clock clock;

    public MerchantService(Transactor tx, MerchantBook book, MemberRegistry members, CreditService credits, TrustService trust,
                           FundsService funds, ProxyService proxies, NodeIdentity node, Function<String, java.util.List<byte[]>> nodeKeys,
                           Function<EventId, Optional<Event>> events, Supplier<Policy> policy, Clock clock) {
        this.tx = tx;
        this.book = book;
        this.members = members;
        this.credits = credits;
        this.trust = trust;
        this.funds = funds;
        this.proxies = proxies;
        this.node = node;
        this.nodeKeys = nodeKeys;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** What a merchant agrees to when joining. {@code depositVoucherRef} names the picture of the deposit's receipt. */
    public record Terms(String shopName, String licence, long depositFen, String depositVoucherRef, long fenPerCredit, long perVisitMinutes,
                        long monthlyMinutes, LocalDate validFrom, LocalDate validTo, int voucherDays) {
    }

    /** 商家入驻: the proprietor (a registered member) becomes a merchant; the deposit enters the funds ledger in the same commit. */
    public Merchant onboard(String memberId, Terms t, String operator) {
        Operators.require(operator, "onboard merchant");
        String licence = Licence.parse(t.licence());
        String shop = t.shopName() == null ? "" : t.shopName().strip();
        if (shop.isEmpty() || shop.length() > 40) {
            throw new DomainException(ErrorCode.INVALID_TERMS, "shop name");
        }
        if (t.fenPerCredit() <= 0 || t.fenPerCredit() > MAX_RATE_FEN) {
            throw new DomainException(ErrorCode.INVALID_TERMS, "rate");
        }
        if (t.perVisitMinutes() <= 0 || t.perVisitMinutes() > policy.get().maxMovementMinutes() || t.monthlyMinutes() < t.perVisitMinutes()) {
            throw new DomainException(ErrorCode.INVALID_TERMS, "caps");
        }
        if (t.validFrom() == null || t.validTo() == null || t.validTo().isBefore(t.validFrom())) {
            throw new DomainException(ErrorCode.INVALID_TERMS, "validity");
        }
        if (t.voucherDays() < 1 || t.voucherDays() > 90 || t.depositFen() < 0) {
            throw new DomainException(ErrorCode.INVALID_TERMS, t.depositFen() < 0 ? "deposit" : "voucher days");
        }
        return tx.write(sink -> {
            member(memberId);
            if (book.merchant(memberId).isPresent()) {
                throw new DomainException(ErrorCode.ALREADY_ONBOARDED, shop);
            }
            if (book.merchants().stream().anyMatch(m -> m.licence().equals(licence))) {
                throw new DomainException(ErrorCode.ALREADY_ONBOARDED, licence);
            }
            Merchant m = new Merchant(memberId, shop, licence, t.depositFen(), t.fenPerCredit(), t.perVisitMinutes(), t.monthlyMinutes(),
                    t.validFrom(), t.validTo(), t.voucherDays());
            sink.emit(MerchantEvent.Onboarded.of(m, operator.strip()));
            if (t.depositFen() > 0) {
                funds.record(FundsKind.MERCHANT_DEPOSIT, t.depositFen(), "商家保证金 deposit: " + shop, t.depositVoucherRef(),
                        List.of(operator), operator, memberId);
            }
            return book.merchant(memberId).orElseThrow();
        });
    }

    /** The largest price a check records, in fen (¥100,000). */
    public static final long MAX_PRICE_FEN = 10_000_000;

    /**
     * Records a spot check of a merchant's member price. Over cost + 5% it is a moderate incident (the
     * merchant pauses for 3 days and ¥200 of the deposit is kept); a price over the posted one but within
     * the limit is a minor one (a reminder, kept in the record); both in the same commit as the check.
     */
    public PriceCheck checkPrice(String merchantId, String item, long costFen, long listedFen, long chargedFen, String operator) {
        Operators.require(operator, "price check");
        String what = item == null ? "" : item.strip();
        if (what.isEmpty() || what.length() > 40) {
            throw new DomainException(ErrorCode.INVALID_PRICE_CHECK, "item");
        }
        for (long fen : new long[] {costFen, listedFen, chargedFen}) {
            if (fen <= 0 || fen > MAX_PRICE_FEN) {
                throw new DomainException(ErrorCode.INVALID_PRICE_CHECK, "price");
            }
        }
        PriceCheck.Verdict verdict = PriceCheck.Verdict.of(costFen, listedFen, chargedFen);
        return tx.write(sink -> {
            Merchant m = book.merchant(merchantId).orElseThrow(() -> new DomainException(ErrorCode.NOT_A_MERCHANT, String.valueOf(merchantId)));
            sink.emit(new MerchantEvent.PriceChecked(m.id(), what, costFen, listedFen, chargedFen, verdict, operator.strip()));
            String said = "价格抽查 price check: " + what + " 进货价 cost " + yuan(costFen) + "，会员价 posted " + yuan(listedFen)
                    + "，实收 charged " + yuan(chargedFen);
            if (verdict == PriceCheck.Verdict.OVER_LIMIT) {
                trust.incident(org.timestation.trust.Party.merchant(m.id()), org.timestation.trust.IncidentLevel.MODERATE,
                        said + "（超过进货价 5% / over cost + 5%）", operator, null);
            } else if (verdict == PriceCheck.Verdict.SLIGHTLY_HIGH) {
                trust.incident(org.timestation.trust.Party.merchant(m.id()), org.timestation.trust.IncidentLevel.MINOR,
                        said + "（高于会员价目表 / above the posted list）", operator, null);
            }
            return new PriceCheck(m.id(), what, costFen, listedFen, chargedFen, verdict, operator.strip(), clock.millis());
        });
    }

    private static String yuan(long fen) {
        return String.format(java.util.Locale.ROOT, "¥%d.%02d", fen / 100, fen % 100);
    }

    /** A member turns credits into a voucher for a merchant, at the kiosk, having tapped their card or entered their PIN. */
    public IssuedVoucher issueVoucher(Identified member, String merchantId, Minutes minutes) {
        Identified.requireToSpend(member, member == null ? null : member.memberId(), clock.instant());
        return issue(member.memberId(), merchantId, minutes, null, null);
    }

    /** 代兑换: a captain issues a voucher for an elder identified in this session (card tap or PIN). */
    public IssuedVoucher issueVoucherOnBehalf(String captainId, Identified elder, String merchantId, Minutes minutes) {
        return tx.write(sink -> {
            proxies.requireMayActFor(captainId, elder, elder == null ? "" : elder.memberId());
            IssuedVoucher v = issue(elder.memberId(), merchantId, minutes, captainId, elder);
            proxies.record(captainId, elder, ProxyAct.Kind.REDEEM, v.voucher().id());
            return v;
        });
    }

    private IssuedVoucher issue(String memberId, String merchantId, Minutes minutes, String proxy, Identified proxyFor) {
        if (minutes == null || !minutes.isPositive()) {
            throw new DomainException(ErrorCode.AMOUNT_NOT_POSITIVE, minutes == null ? Minutes.ZERO : minutes);
        }
        return tx.write(sink -> {
            member(memberId);
            Merchant m = book.merchant(merchantId).orElseThrow(() -> new DomainException(ErrorCode.NOT_A_MERCHANT, String.valueOf(merchantId)));
            LocalDate today = today();
            if (!m.validOn(today)) {
                throw new DomainException(ErrorCode.MERCHANT_AGREEMENT_ENDED, m.shopName(), m.validTo());
            }
            trust.requireMerchantOpen(merchantId);
            if (minutes.value() > m.perVisitMinutes()) {
                throw new DomainException(ErrorCode.OVER_VISIT_CAP, minutes, Minutes.of(m.perVisitMinutes()));
            }
            long used = usedThisMonth(memberId, merchantId, today);
            if (used + minutes.value() > m.monthlyMinutes()) {
                throw new DomainException(ErrorCode.OVER_MONTHLY_CAP, Minutes.of(used), Minutes.of(m.monthlyMinutes()));
            }
            Event payment = credits.redeem(memberId, merchantId, minutes, "voucher", proxy);
            LocalDate last = today.plusDays(m.voucherDays() - 1L);
            if (last.isAfter(m.validTo())) {
                last = m.validTo();
            }
            long fen = m.fenFor(minutes.value());
            Event e = sink.emit(new MerchantEvent.VoucherIssued(memberId, merchantId, minutes.value(), fen, last.toEpochDay(), proxy,
                    proxyFor == null ? null : proxyFor.method(), payment.id().toString()));
            VoucherCode code = new VoucherCode(e.nodeId(), e.seq(), merchantId, memberId, minutes.value(), fen, last, null);
            byte[] sig = node.sign(code.signedBytes());
            code = new VoucherCode(e.nodeId(), e.seq(), merchantId, memberId, minutes.value(), fen, last, sig);
            return new IssuedVoucher(book.voucher(e.id().toString()).orElseThrow(), code.encode());
        });
    }

    /**
     * Verifies a scanned voucher for the merchant whose terminal scanned it, offline: signature by a
     * known station, the right merchant, not past its last day, merchant not paused, not already
     * redeemed as far as this terminal knows. Nothing is written.
     */
    public VoucherCheck check(String scanned, String terminalMerchantId) {
        return tx.read(() -> verify(scanned, terminalMerchantId));
    }

    /** Redeems a scanned voucher once at this merchant's terminal. */
    public VoucherCheck redeem(String scanned, String terminalMerchantId) {
        return tx.write(sink -> {
            VoucherCheck c = verify(scanned, terminalMerchantId);
            sink.emit(new MerchantEvent.VoucherRedeemed(c.voucherId(), terminalMerchantId, c.memberId(), c.minutes(), c.fen()));
            return c;
        });
    }

    private VoucherCheck verify(String scanned, String terminalMerchantId) {
        VoucherCode code = VoucherCode.parse(scanned);
        java.util.List<byte[]> keys = nodeKeys.apply(code.nodeId());
        if (keys.isEmpty()) {
            throw new DomainException(ErrorCode.VOUCHER_UNKNOWN_ISSUER, code.nodeId());
        }
        // any key the issuing station ever had: a voucher printed before it was recovered onto a new machine still works
        if (keys.stream().noneMatch(k -> NodeIdentity.verify(code.signedBytes(), code.signature(), k))) {
            throw new DomainException(ErrorCode.VOUCHER_TAMPERED);
        }
        if (!code.merchantId().equals(terminalMerchantId)) {
            String shop = book.merchant(code.merchantId()).map(Merchant::shopName).orElse(code.merchantId());
            throw new DomainException(ErrorCode.VOUCHER_WRONG_MERCHANT, shop);
        }
        if (today().isAfter(code.lastDay())) {
            throw new DomainException(ErrorCode.VOUCHER_EXPIRED, code.lastDay());
        }
        trust.requireMerchantOpen(terminalMerchantId);
        List<Voucher.Redemption> done = book.redemptionsOf(code.voucherId());
        if (!done.isEmpty()) {
            throw new DomainException(ErrorCode.VOUCHER_USED, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(zone()).format(Instant.ofEpochMilli(done.get(0).at())));
        }
        if (book.voucher(code.voucherId()).filter(Voucher::refunded).isPresent()) {
            throw new DomainException(ErrorCode.VOUCHER_EXPIRED, code.lastDay());
        }
        String masked = members.byId(code.memberId()).map(Member::maskedName).orElse(code.memberId());
        return new VoucherCheck(code.voucherId(), code.memberId(), masked, code.minutes(), code.fen(), code.lastDay());
    }

    /** Refunds every voucher past its last day that nobody redeemed (run daily by the scheduler). */
    public List<Voucher> refundExpired() {
        return tx.write(sink -> {
            List<Voucher> out = new ArrayList<>();
            LocalDate today = today();
            for (Voucher v : book.vouchers()) {
                if (!v.refunded() && !v.redeemed() && today.isAfter(v.lastDay())) {
                    String payment = paymentOf(v.id());
                    credits.reverse(EventId.parse(payment), "兑换券过期未用 voucher expired unused " + v.id(), "system");
                    sink.emit(new MerchantEvent.VoucherRefunded(v.id()));
                    out.add(book.voucher(v.id()).orElseThrow());
                }
            }
            return out;
        });
    }

    private String paymentOf(String voucherId) {
        Event issued = events.apply(EventId.parse(voucherId)).orElseThrow();
        return ((MerchantEvent.VoucherIssued) MerchantEvent.of(issued)).payment();
    }

    /** Vouchers redeemed more than once (offline terminals) or after a refund: for the staff to settle. */
    public List<Voucher> flaggedVouchers() {
        return tx.read(() -> book.vouchers().stream().filter(Voucher::flagged).toList());
    }

    public Optional<Voucher> voucher(String id) {
        return tx.read(() -> book.voucher(id));
    }

    public List<Voucher> vouchersOf(String memberId) {
        return tx.read(() -> book.vouchersOf(memberId));
    }

    public Optional<Merchant> merchant(String id) {
        return tx.read(() -> book.merchant(id));
    }

    public List<Merchant> merchants() {
        return tx.read(book::merchants);
    }

    /** The daily settlement statement of one merchant for {@code day} (in the community's zone). */
    public SettlementStatement dailySettlement(String merchantId, LocalDate day) {
        return tx.read(() -> {
            ZoneId zone = zone();
            long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
            long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            List<SettlementStatement.Line> lines = new ArrayList<>();
            List<String> flagged = new ArrayList<>();
            long minutes = 0;
            long fen = 0;
            for (Voucher v : book.vouchers()) {
                if (!v.merchantId().equals(merchantId) || !v.redeemed()) {
                    continue;
                }
                Voucher.Redemption first = v.redemptions().get(0);
                if (first.at() >= from && first.at() < to) {
                    lines.add(new SettlementStatement.Line(v.id(), first.at(), first.nodeId(), v.minutes(), v.fen()));
                    minutes += v.minutes();
                    fen += v.fen();
                }
                if (v.flagged() && v.redemptions().stream().anyMatch(r -> r.at() >= from && r.at() < to)) {
                    flagged.add(v.id());
                }
            }
            lines.sort(java.util.Comparator.comparingLong(SettlementStatement.Line::at));
            return new SettlementStatement(merchantId, day, lines, minutes, fen, flagged);
        });
    }

    private long usedThisMonth(String memberId, String merchantId, LocalDate today) {
        long used = 0;
        for (Voucher v : book.vouchersOf(memberId)) {
            LocalDate issued = LocalDate.ofInstant(Instant.ofEpochMilli(v.issuedAt()), zone());
            if (v.merchantId().equals(merchantId) && !v.refunded() && issued.getYear() == today.getYear() && issued.getMonth() == today.getMonth()) {
                used += v.minutes();
            }
        }
        return used;
    }

    private Member member(String id) {
        return members.byId(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(id)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    private ZoneId zone() {
        return policy.get().zoneId();
    }
}
