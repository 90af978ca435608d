package org.timestation.admin.app.funds;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.funds.VoucherPictures;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ActionState;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.funds.FundsEntry;
import org.timestation.funds.FundsKind;
import org.timestation.funds.FundsService;
import org.timestation.funds.WeeklyStatement;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * The funds ledger (资金公示): every line with its voucher picture (kept content-addressed: the event
 * holds the picture's hash) and its approvers; money going out needs three different approvers. The
 * line is said first (what it does to the money held), then written with the operator. The week's
 * statement prints.
 */
public final class FundsController implements Controller {
    private final ConsoleContext ctx;
    private final FundsModel model = new FundsModel();
    private FundsView view;

    public FundsController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.voucherRef.set("");
        model.voucherName.set("");
        view = new FundsView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        VoucherPictures pictures = VoucherPictures.in(ctx.hub().dataDir());
        java.time.Clock clock = ctx.clock();
        ctx.tasks().run(() -> c.inspect(s -> {
            List<FundsModel.Person> people = new ArrayList<>();
            for (Member m : s.members().all()) {
                if (m.has(Role.MANAGER) || m.has(Role.STAFF) || m.has(Role.CAPTAIN)) {
                    people.add(new FundsModel.Person(m.id(), m.maskedName() + "（" + m.id() + "，" + text.roles(m.roles()) + "）"));
                }
            }
            List<FundsModel.Shop> shops = new ArrayList<>();
            for (org.timestation.merchant.Merchant m : c.merchants().merchants()) {
                shops.add(new FundsModel.Shop(m.id(), m.shopName() + "（" + m.id() + "）"));
            }
            return Map.entry(people, shops);
        }), lists -> {
            model.approvers.setAll(lists.getKey());
            model.shops.setAll(lists.getValue());
        }, failed -> model.refusal.set(text.why(failed)));
        ctx.tasks().run(() -> load(c, text, pictures, clock), this::show, failed -> model.refusal.set(text.why(failed)));
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        model.approvers.clear();
        model.shops.clear();
        view = null;
    }

    private record Loaded(List<FundsModel.Row> rows, String held, String week) {
    }

    private void show(Loaded l) {
        model.rows.setAll(l.rows());
        model.held.set(l.held());
        model.week.set(l.week());
    }

    private static LocalDate today(Community c, java.time.Clock clock) {
        return LocalDate.now(clock.withZone(c.policy().current().zoneId()));
    }

    private static Loaded load(Community c, ConsoleText text, VoucherPictures pictures, java.time.Clock clock) {
        ZoneId zone = c.policy().current().zoneId();
        LocalDate today = today(c, clock);
        Map<String, String> names = maskedNames(c);
        WeeklyStatement w = c.funds().weekly(today);
        List<FundsEntry> all = c.funds().entries();
        List<FundsModel.Row> rows = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            FundsEntry f = all.get(i);
            rows.add(row(f, text, zone, names, pictures));
        }
        String held = text.t("funds.held", FundsService.yuan(c.funds().cashFen()), FundsService.yuan(w.depositsHeldFen()));
        return new Loaded(rows, held, week(w, text));
    }

    /** Every member's masked name by member number (approvers and operators are shown masked). */
    private static Map<String, String> maskedNames(Community c) {
        return c.inspect(s -> {
            Map<String, String> out = new java.util.HashMap<>();
            s.members().all().forEach(m -> out.put(m.id(), m.maskedName()));
            return out;
        });
    }

    static FundsModel.Row row(FundsEntry f, ConsoleText text, ZoneId zone, Map<String, String> names, VoucherPictures pictures) {
        List<String> by = f.approvers().stream().map(a -> names.getOrDefault(a, a)).toList();
        String voucher = f.voucherRef() == null ? "" : f.voucherRef().startsWith("sha256:")
                ? f.voucherRef().substring(7, 19) + "…" + switch (pictures.check(f.voucherRef())) {
                    case HERE -> "";
                    case NOT_HERE -> text.t("funds.picture-elsewhere");
                    case CHANGED -> text.t("funds.picture-changed");
                }
                : f.voucherRef();
        long signed = (long) f.kind().cash() * f.fen();
        String amount = (signed < 0 ? "−¥" : f.kind().cash() == 0 ? "¥" : "+¥") + FundsService.yuan(f.fen());
        return new FundsModel.Row(f.id(), text.when(f.at(), zone), text.core(f.kind().key()), amount, f.description(), String.join("、", by),
                voucher, names.getOrDefault(f.operator(), f.operator()));
    }

    static String week(WeeklyStatement w, ConsoleText text) {
        return text.t("funds.week", w.monday().toString(), w.monday().plusDays(6).toString(), FundsService.yuan(w.openingFen()),
                FundsService.yuan(w.inFen()), FundsService.yuan(w.outFen()), FundsService.yuan(w.closingFen()), w.entries().size());
    }

    /** Asks for the voucher's picture and keeps it (content-addressed); the line then holds its hash. */
    void attach() {
        ConsoleText text = ctx.text();
        java.util.Optional<java.nio.file.Path> chosen = ctx.dialogs().openPicture(text.t("funds.attach"));
        if (chosen.isEmpty()) {
            return;
        }
        VoucherPictures pictures = VoucherPictures.in(ctx.hub().dataDir());
        model.refusal.set("");
        ctx.tasks().run(() -> pictures.keep(chosen.get()), ref -> {
            model.voucherRef.set(ref);
            model.voucherName.set(text.t("funds.attached", chosen.get().getFileName(), ref.substring(7, 19)));
        }, failed -> model.refusal.set(text.why(failed)));
    }

    /** Records a line, after saying what it will do to the money the station holds. */
    void record(FundsKind kind, String yuanTyped, String description, List<FundsModel.Person> approvers, FundsModel.Shop shop) {
        ConsoleText text = ctx.text();
        long fen;
        try {
            if (kind == null) {
                throw new Refused("请先选这一笔是什么（会员年费、捐赠、支出……）。", "Choose what the line is first (fee, donation, expense …).");
            }
            fen = org.timestation.admin.funds.Yuan.fen(yuanTyped);
            if (description == null || description.isBlank()) {
                throw new Refused("请写上用途，例如“活动物料：茶叶、纸杯”。", "Write what it is for, e.g. activity supplies: tea, cups.");
            }
            if (kind.cash() != 0 && model.voucherRef.get().isEmpty()) {
                throw new Refused("请先附上凭证图片（收据或银行回单的照片）。", "Attach the voucher's picture first (a photo of the receipt or bank slip).");
            }
            if (kind.deposit() != 0 && shop == null) {
                throw new Refused("保证金要选是哪家商家的。", "For a deposit, choose whose it is.");
            }
        } catch (Refused r) {
            model.refusal.set(text.why(r));
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        List<String> shown = new ArrayList<>();
        for (FundsModel.Person p : approvers) {
            if (p != null && ids.add(p.memberId())) {
                shown.add(p.shown());
            }
        }
        if (ids.size() < kind.approversNeeded()) { // refused before anyone is asked to confirm
            model.refusal.set(text.why(new org.timestation.text.DomainException(org.timestation.text.ErrorCode.NOT_ENOUGH_APPROVERS,
                    kind.approversNeeded(), ids.size())));
            return;
        }
        String what = text.t("funds.effect", text.core(kind.key()), FundsService.yuan(fen), description.strip(),
                shown.isEmpty() ? text.t("funds.nobody") : String.join("、", shown),
                text.t(kind.cash() < 0 ? "funds.effect-out" : kind.cash() > 0 ? "funds.effect-in" : "funds.effect-none", FundsService.yuan(fen)));
        if (!ctx.dialogs().confirm(text.t("funds.confirm-title"), what)) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        String ref = model.voucherRef.get().isEmpty() ? null : model.voucherRef.get();
        VoucherPictures pictures = VoucherPictures.in(ctx.hub().dataDir());
        java.time.Clock clock = ctx.clock();
        model.working.set(true);
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            c.funds().record(kind, fen, description, ref, List.copyOf(ids), by.memberId(), shop == null ? null : shop.merchantId());
            return load(c, text, pictures, clock);
        }, loaded -> {
            model.working.set(false);
            show(loaded);
            model.voucherRef.set("");
            model.voucherName.set("");
            model.result.set(text.t("funds.recorded", what));
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }

    /** Prints this week's statement: opening, in, out, closing, and every line with its approvers and voucher. */
    void printWeek() {
        ConsoleText text = ctx.text();
        Community c = ctx.community();
        VoucherPictures pictures = VoucherPictures.in(ctx.hub().dataDir());
        java.time.Clock clock = ctx.clock();
        ctx.tasks().run(() -> {
            ZoneId zone = c.policy().current().zoneId();
            Map<String, String> names = maskedNames(c);
            WeeklyStatement w = c.funds().weekly(today(c, clock));
            List<String> lines = new ArrayList<>();
            lines.add(week(w, text));
            for (FundsEntry f : w.entries()) {
                FundsModel.Row r = row(f, text, zone, names, pictures);
                lines.add(text.t("funds.print-line", r.date(), r.kind(), r.amount(), r.description(), r.approvers(), r.voucher()));
            }
            return lines;
        }, lines -> {
            ctx.dialogs().print(text.t("funds.week-title"), lines, () -> model.result.set(text.t("funds.printed")),
                    r -> model.refusal.set(text.why(r)));
        }, failed -> model.refusal.set(text.why(failed)));
    }
}
