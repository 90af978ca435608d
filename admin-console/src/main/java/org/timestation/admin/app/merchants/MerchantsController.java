package org.timestation.admin.app.merchants;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.app.trust.TrustController;
import org.timestation.admin.funds.VoucherPictures;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ActionState;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.community.CommunityState;
import org.timestation.credit.Minutes;
import org.timestation.funds.FundsService;
import org.timestation.member.Member;
import org.timestation.merchant.Merchant;
import org.timestation.merchant.MerchantService;
import org.timestation.merchant.SettlementStatement;
import org.timestation.merchant.Voucher;
import org.timestation.trust.Incident;
import org.timestation.trust.IncidentLevel;
import org.timestation.trust.Party;

/**
 * Partner merchants: onboarding (licence, deposit with its receipt picture, rate, caps, validity), each
 * one's standing (open, paused until, removed), a pause (a moderate incident: three days and ¥200 of
 * the deposit) or removal, the daily settlement statement (printable) and the vouchers redeemed twice.
 */
public final class MerchantsController implements Controller {
    private final ConsoleContext ctx;
    private final MerchantsModel model = new MerchantsModel();
    private MerchantsView view;

    public MerchantsController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.settlement.set("");
        model.depositRef.set("");
        model.depositName.set("");
        view = new MerchantsView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        long now = ctx.clock().millis();
        ctx.tasks().run(() -> flags(c, text), model.flags::setAll, failed -> model.refusal.set(text.why(failed)));
        ctx.tasks().run(() -> rows(c, text, now), model.rows::setAll, failed -> model.refusal.set(text.why(failed)));
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        model.flags.clear();
        view = null;
    }

    static List<MerchantsModel.Row> rows(Community c, ConsoleText text, long now) {
        ZoneId zone = c.policy().current().zoneId();
        List<MerchantsModel.Row> out = new ArrayList<>();
        for (Merchant m : c.merchants().merchants()) {
            List<Incident> record = c.trust().record(Party.merchant(m.id()));
            String standing = record.stream().filter(i -> i.level() == IncidentLevel.SEVERE && !i.resolved()).findFirst()
                    .map(i -> text.t("merchants.removed"))
                    .or(() -> record.stream().filter(i -> i.suspends(now)).findFirst().map(i -> text.t("merchants.paused", text.when(i.suspendedUntil(), zone))))
                    .orElse(text.t("merchants.open"));
            String owner = c.inspect(s -> masked(s, m.id()));
            out.add(new MerchantsModel.Row(m.id(), m.shopName(), owner, "…" + m.licence().substring(m.licence().length() - 4),
                    text.t("merchants.rate-value", FundsService.yuan(m.fenPerCredit())),
                    text.t("merchants.caps-value", Minutes.of(m.perVisitMinutes()), Minutes.of(m.monthlyMinutes())),
                    m.validTo().toString(), "¥" + FundsService.yuan(c.funds().depositFen(m.id())), standing));
        }
        return out;
    }

    private static String masked(CommunityState s, String memberId) {
        return memberId == null ? "" : s.members().byId(memberId).map(Member::maskedName).orElse(memberId);
    }

    private static List<MerchantsModel.Flag> flags(Community c, ConsoleText text) {
        List<MerchantsModel.Flag> out = new ArrayList<>();
        ZoneId zone = c.policy().current().zoneId();
        for (Voucher v : c.merchants().flaggedVouchers()) {
            String shop = c.merchants().merchant(v.merchantId()).map(Merchant::shopName).orElse(v.merchantId());
            List<String> when = v.redemptions().stream().map(r -> text.when(r.at(), zone) + " @" + r.nodeId()).toList();
            out.add(new MerchantsModel.Flag(v.id(), shop, c.inspect(s -> masked(s, v.memberId())), Minutes.of(v.minutes()) + " / ¥"
                    + FundsService.yuan(v.fen()), (v.refunded() ? text.t("merchants.refunded") : "") + String.join("；", when)));
        }
        return out;
    }

    /** Shows the chosen merchant's settlement for the day typed (today when empty). */
    void settlement(MerchantsModel.Row row, String dayTyped) {
        ConsoleText text = ctx.text();
        if (row == null) {
            model.refusal.set(text.t("merchants.choose"));
            return;
        }
        Community c = ctx.community();
        java.time.Clock clock = ctx.clock();
        model.refusal.set("");
        ctx.tasks().run(() -> String.join("\n", statement(c, text, row, day(c, clock, dayTyped))), model.settlement::set,
                failed -> model.refusal.set(text.why(failed)));
    }

    private static LocalDate day(Community c, java.time.Clock clock, String typed) {
        if (typed == null || typed.isBlank()) {
            return LocalDate.now(clock.withZone(c.policy().current().zoneId()));
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new Refused("日期请写成 2026-11-30 这样。", "Write the day as 2026-11-30.");
        }
    }

    private static List<String> statement(Community c, ConsoleText text, MerchantsModel.Row row, LocalDate day) {
        SettlementStatement s = c.merchants().dailySettlement(row.id(), day);
        ZoneId zone = c.policy().current().zoneId();
        List<String> lines = new ArrayList<>();
        lines.add(text.t("merchants.settlement-head", row.shop(), day, s.lines().size(), Minutes.of(s.totalMinutes()), FundsService.yuan(s.totalFen())));
        for (SettlementStatement.Line l : s.lines()) {
            lines.add(text.t("merchants.settlement-line", text.when(l.at(), zone), l.voucherId(), Minutes.of(l.minutes()), FundsService.yuan(l.fen()),
                    l.nodeId()));
        }
        if (!s.flagged().isEmpty()) {
            lines.add(text.t("merchants.settlement-flagged", String.join("、", s.flagged())));
        }
        return lines;
    }

    /** Prints the chosen merchant's settlement statement for the day typed. */
    void printSettlement(MerchantsModel.Row row, String dayTyped) {
        ConsoleText text = ctx.text();
        if (row == null) {
            model.refusal.set(text.t("merchants.choose"));
            return;
        }
        Community c = ctx.community();
        java.time.Clock clock = ctx.clock();
        java.nio.file.Path dir = ctx.hub().dataDir();
        ctx.tasks().run(() -> {
            LocalDate day = day(c, clock, dayTyped);
            String station;
            try {
                station = org.timestation.admin.bulletin.BulletinNames.of(dir, null, null).station();
            } catch (Refused unnamed) {
                station = ""; // the station's name is not set yet: the statement is still the merchant's
            }
            return org.timestation.admin.reports.SettlementPdf.pdf(c.merchants().dailySettlement(row.id(), day), row.shop(), station, text,
                    c.policy().current().zoneId(), clock.instant());
        }, pdf -> ctx.dialogs().printPdf(text.t("merchants.settlement-title") + " " + row.shop(), pdf,
                () -> model.result.set(text.t("merchants.printed", row.shop())), r -> model.refusal.set(text.why(r))),
                failed -> model.refusal.set(text.why(failed)));
    }

    /** Pauses (a moderate incident) or removes (severe) the chosen merchant, after saying what it does to the deposit. */
    void sanction(MerchantsModel.Row row, IncidentLevel level, String reason) {
        ConsoleText text = ctx.text();
        if (row == null) {
            model.refusal.set(text.t("merchants.choose"));
            return;
        }
        if (reason == null || reason.isBlank()) {
            model.refusal.set(text.why(new Refused("请写上原因，例如“会员价高于约定”。会记进账本。", "Give the reason, e.g. charged above the agreed price. It goes into the ledger.")));
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        long now = ctx.clock().millis();
        Party party = Party.merchant(row.id());
        ctx.tasks().run(() -> TrustController.effect(c, text, party, level, null, row.shop()), what -> {
            if (!ctx.dialogs().confirm(text.t("merchants.confirm-title", row.shop()), what)) {
                return;
            }
            ActionState.act(model, ctx.tasks(), text, () -> {
                c.trust().incident(party, level, reason, by.memberId(), null);
                return text.t("merchants.done", what);
            }, () -> rows(c, text, now));
        }, failed -> model.refusal.set(text.why(failed)));
    }

    /**
     * Records a spot check of the chosen merchant's member price (楼长抽查价格), after saying what the verdict does:
     * fair, a reminder (a minor incident), or over cost + 5% (a moderate one: a 3-day pause and ¥200 of the deposit).
     */
    void checkPrice(MerchantsModel.Row row, String item, String costYuan, String listedYuan, String chargedYuan) {
        ConsoleText text = ctx.text();
        if (row == null) {
            model.refusal.set(text.t("merchants.choose"));
            return;
        }
        long cost;
        long listed;
        long charged;
        try {
            cost = org.timestation.admin.funds.Yuan.fen(costYuan);
            listed = org.timestation.admin.funds.Yuan.fen(listedYuan);
            charged = org.timestation.admin.funds.Yuan.fen(chargedYuan);
        } catch (Refused r) {
            model.refusal.set(text.why(r));
            return;
        }
        org.timestation.merchant.PriceCheck.Verdict verdict = org.timestation.merchant.PriceCheck.Verdict.of(cost, listed, charged);
        String what = text.t("merchants.check-" + verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), row.shop());
        if (verdict != org.timestation.merchant.PriceCheck.Verdict.FAIR && !ctx.dialogs().confirm(text.t("merchants.check-title"), what)) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        long now = ctx.clock().millis();
        ActionState.act(model, ctx.tasks(), text, () -> {
            c.merchants().checkPrice(row.id(), item, cost, listed, charged, by.memberId());
            return text.t("merchants.checked", what);
        }, () -> rows(c, text, now));
    }

    /** Asks for the picture of the deposit's receipt and keeps it (content-addressed). */
    void attachDeposit() {
        ConsoleText text = ctx.text();
        java.util.Optional<java.nio.file.Path> chosen = ctx.dialogs().openPicture(text.t("funds.attach"));
        if (chosen.isEmpty()) {
            return;
        }
        VoucherPictures pictures = VoucherPictures.in(ctx.hub().dataDir());
        ctx.tasks().run(() -> pictures.keep(chosen.get()), ref -> {
            model.depositRef.set(ref);
            model.depositName.set(text.t("funds.attached", chosen.get().getFileName(), ref.substring(7, 19)));
        }, failed -> model.refusal.set(text.why(failed)));
    }

    /** The onboarding form as typed. */
    record Onboarding(String memberId, String shop, String licence, String depositYuan, String yuanPerCredit, String perVisitMinutes,
                      String monthlyMinutes, String validFrom, String validTo, String voucherDays) {
    }

    /**
     * Onboards a merchant: the proprietor (a member) signs the agreement; the deposit goes into the funds ledger with its
     * picture. The terms are said first; once written, the picture attached is used up (the next merchant attaches theirs).
     */
    void onboard(Onboarding f) {
        ConsoleText text = ctx.text();
        if (!ctx.dialogs().confirm(text.t("merchants.onboard-confirm-title"), text.t("merchants.onboard-effect", f.shop() == null ? "" : f.shop().strip(),
                f.memberId() == null ? "" : f.memberId().strip(), f.depositYuan(), f.yuanPerCredit(), f.perVisitMinutes(), f.monthlyMinutes(),
                f.validFrom(), f.validTo()))) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        String ref = model.depositRef.get().isEmpty() ? null : model.depositRef.get();
        long now = ctx.clock().millis();
        model.working.set(true);
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            long deposit = org.timestation.admin.funds.Yuan.fen(f.depositYuan());
            if (deposit > 0 && ref == null) {
                throw new Refused("请先附上保证金收据的照片。", "Attach the picture of the deposit's receipt first.");
            }
            String member = f.memberId() == null ? "" : f.memberId().strip();
            if (c.members().byId(member).isEmpty()) {
                throw new Refused("没有会员号为“" + member + "”的会员。店主要先注册成会员。", "There is no member " + member
                        + ". The proprietor registers as a member first.");
            }
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(f.validFrom().strip());
                to = LocalDate.parse(f.validTo().strip());
            } catch (DateTimeParseException | NullPointerException e) {
                throw new Refused("有效期请写成 2026-12-01 这样。", "Write the dates as 2026-12-01.");
            }
            Merchant m = c.merchants().onboard(member, new MerchantService.Terms(f.shop(), f.licence(), deposit, ref,
                    org.timestation.admin.funds.Yuan.fen(f.yuanPerCredit()), whole(f.perVisitMinutes()), whole(f.monthlyMinutes()), from, to,
                    (int) whole(f.voucherDays())), by.memberId());
            return java.util.Map.entry(text.t("merchants.onboarded", m.shopName(), m.id()), rows(c, text, now));
        }, done -> {
            model.working.set(false);
            model.rows.setAll(done.getValue());
            model.depositRef.set("");
            model.depositName.set("");
            model.result.set(done.getKey());
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }

    private static long whole(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (!s.matches("\\d{1,6}")) {
            throw new Refused("请写整数（分钟或天数），例如 120。", "Write a whole number (minutes or days), e.g. 120.");
        }
        return Long.parseLong(s);
    }
}
