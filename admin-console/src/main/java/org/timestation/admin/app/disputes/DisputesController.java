package org.timestation.admin.app.disputes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.community.CommunityState;
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeService.Resolution;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.member.Member;
import org.timestation.policy.Policy;

/**
 * The disputes queue, soonest deadline first, the time left said in words. Staff respond (the first
 * response) and decide an outcome: the console first says what the outcome will do to whose credits,
 * and only then, confirmed, writes it with the operator and the reason. Past the outcome's deadline
 * only a manager may decide.
 */
public final class DisputesController implements Controller {
    private final ConsoleContext ctx;
    private final DisputesModel model = new DisputesModel();
    private DisputesView view;

    public DisputesController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new DisputesView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        long now = ctx.clock().millis();
        ctx.tasks().run(() -> rows(c, text, now), model.rows::setAll, failed -> model.refusal.set(text.why(failed)));
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        view = null;
    }

    static long deadline(Request r, Policy p) {
        return r.dispute().respondedAt() > 0 ? r.dispute().openedAt() + Duration.ofHours(p.disputeResolveHours()).toMillis()
                : r.dispute().openedAt() + Duration.ofMinutes(p.disputeRespondMinutes()).toMillis();
    }

    static long outcomeDeadline(Request r, Policy p) {
        return r.dispute().openedAt() + Duration.ofHours(p.disputeResolveHours()).toMillis();
    }

    private static String masked(CommunityState s, String memberId) {
        return memberId == null ? "" : s.members().byId(memberId).map(Member::maskedName).orElse(memberId);
    }

    private static List<DisputesModel.Row> rows(Community c, ConsoleText text, long now) {
        return c.inspect(s -> {
            Policy p = s.policy().get();
            List<Request> open = new ArrayList<>();
            for (Request r : s.exchanges().all()) {
                if (r.state() == ExchangeState.DISPUTED && r.dispute() != null && r.dispute().isOpen()) {
                    open.add(r);
                }
            }
            open.sort(Comparator.comparingLong(r -> deadline(r, p)));
            List<DisputesModel.Row> out = new ArrayList<>();
            for (Request r : open) {
                long due = deadline(r, p);
                String what = text.t(r.dispute().respondedAt() > 0 ? "dashboard.dispute-resolve" : "dashboard.dispute-respond");
                String left = due < now ? text.t("dashboard.overdue", text.duration(Duration.ofMillis(now - due)))
                        : text.t("dashboard.left", text.duration(Duration.ofMillis(due - now)));
                out.add(new DisputesModel.Row(r.id(), text.core(r.service().textKey()), masked(s, r.requesterId()), masked(s, r.volunteerId()),
                        text.t("disputes.minutes", Minutes.of(DisputeEffects.claimed(r))), r.dispute().reason(), what, left, due < now));
            }
            return out;
        });
    }

    void respond(DisputesModel.Row row, String note) {
        if (row == null) {
            model.refusal.set(ctx.text().t("disputes.choose"));
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        act(() -> {
            if (note == null || note.isBlank()) {
                throw new Refused("请写上回应：会记进账本，例如“已联系双方，明天上午核实”。",
                        "Write the response: it goes into the ledger, e.g. called both, checking tomorrow morning.");
            }
            c.exchanges().respond(row.requestId(), by.memberId(), note);
            return ctx.text().t("disputes.responded", row.requestId());
        });
    }

    /** Works out what the outcome will do, asks the person to confirm it, then writes it. */
    void resolve(DisputesModel.Row row, Resolution outcome, String minutesTyped, String reason) {
        if (row == null || outcome == null) {
            model.refusal.set(ctx.text().t(row == null ? "disputes.choose" : "disputes.choose-outcome"));
            return;
        }
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        StaffDesk.SignedIn by = ctx.signedIn();
        long now = ctx.clock().millis();
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> c.inspect(s -> {
            Request r = s.exchanges().request(row.requestId()).orElseThrow();
            Policy p = s.policy().get();
            if (now > outcomeDeadline(r, p) && !by.manager()) {
                throw new Refused("这个纠纷已过处理期限，要由站长来决定。请站长登录后处理。",
                        "This dispute is past its deadline: a manager decides it now. Ask a manager to sign in and decide.");
            }
            if (reason == null || reason.isBlank()) {
                throw new Refused("请写上处理的原因：会记进账本。", "Give the reason for the outcome: it goes into the ledger.");
            }
            long minutes = DisputeEffects.minutes(outcome, minutesTyped, r);
            String effect = DisputeEffects.preview(text, r, outcome, minutes, p, masked(s, r.requesterId()), masked(s, r.volunteerId()));
            return java.util.Map.entry(minutes, effect);
        }), preview -> {
            if (ctx.dialogs().confirm(text.t("disputes.confirm-title", row.requestId()), preview.getValue())) {
                act(() -> {
                    c.exchanges().resolve(row.requestId(), outcome, preview.getKey(), by.memberId(), reason);
                    return text.t("disputes.resolved", row.requestId(), preview.getValue());
                });
            }
        }, failed -> model.refusal.set(text.why(failed)));
    }

    private void act(Supplier<String> work) {
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        long now = ctx.clock().millis();
        org.timestation.admin.ui.ActionState.act(model, ctx.tasks(), text, work, () -> rows(c, text, now));
    }
}
