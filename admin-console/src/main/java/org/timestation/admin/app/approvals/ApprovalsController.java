package org.timestation.admin.app.approvals;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ActionState;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.member.Application;
import org.timestation.member.Member;

/**
 * Registrations made at a kiosk wait here for the staff, oldest first. Approving registers the
 * resident with the PIN they chose at the kiosk; rejecting closes the application (they may apply
 * again). Each decision is said first, then written with the operator and the reason.
 */
public final class ApprovalsController implements Controller {
    private final ConsoleContext ctx;
    private final ApprovalsModel model = new ApprovalsModel();
    private ApprovalsView view;

    public ApprovalsController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new ApprovalsView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        ctx.tasks().run(() -> rows(c, text), model.rows::setAll, failed -> model.refusal.set(text.why(failed)));
    }

    @Override
    public void onDeactivate() {
        model.matched.set("");
        model.rows.clear();
        view = null;
    }

    private static List<ApprovalsModel.Row> rows(Community c, ConsoleText text) {
        ZoneId zone = c.policy().current().zoneId();
        return c.members().pendingApplications().stream().map(a -> {
            Member m = a.member();
            return new ApprovalsModel.Row(a.id(), m.maskedName(), m.idMasked(), m.phone() == null ? "" : m.phone().masked(),
                    org.timestation.admin.ui.Masks.address(m.address()), text.roles(m.roles()), text.when(a.submittedAt(), zone),
                    m.name() + " " + (m.phone() == null ? "" : m.phone().digits()));
        }).toList();
    }

    /**
     * An ID card on the desk reader: the staff check a registration against the card in hand. The
     * registration this card made is chosen; a card already a member's, or with nothing waiting, is said.
     */
    @Override
    public boolean onCard(org.timestation.device.CardData card) {
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        model.result.set("");
        model.refusal.set("");
        model.matched.set("");
        ctx.tasks().run(() -> {
            String last4 = card.idNumber().substring(card.idNumber().length() - 4);
            java.util.Optional<Application> a = c.members().pendingByIdNumber(card.idNumber());
            if (a.isPresent()) {
                return java.util.Map.entry(a.get().id(), text.t("approvals.card-match", a.get().member().maskedName(), last4));
            }
            return java.util.Map.entry("", c.members().byIdNumber(card.idNumber())
                    .map(m -> text.t("approvals.card-member", m.maskedName(), m.id(), last4)).orElse(text.t("approvals.card-none", last4)));
        }, found -> {
            if (found.getKey().isEmpty()) {
                model.refusal.set(found.getValue());
            } else {
                model.matched.set(found.getKey());
                model.result.set(found.getValue());
            }
        }, failed -> model.refusal.set(text.why(failed)));
        return true;
    }

    /** Approves or rejects the chosen application, after saying what it will do. */
    void decide(ApprovalsModel.Row row, boolean approve, String reason) {
        ConsoleText text = ctx.text();
        if (row == null) {
            model.refusal.set(text.t("approvals.choose"));
            return;
        }
        if (reason == null || reason.isBlank()) {
            model.refusal.set(text.why(new Refused("请写上原因，例如“已核对身份证原件”。会记进账本。",
                    "Give a reason, e.g. checked the ID card in person. It goes into the ledger.")));
            return;
        }
        String what = text.t(approve ? "approvals.approve-effect" : "approvals.reject-effect", row.maskedName(), row.idMasked(), row.roles());
        if (!ctx.dialogs().confirm(text.t("approvals.confirm-title", row.maskedName()), what)) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        ActionState.act(model, ctx.tasks(), text, () -> {
            Application done = c.members().decide(row.applicationId(), approve, by.memberId(), reason);
            return text.t(approve ? "approvals.approved" : "approvals.rejected", row.maskedName(), done.member().id());
        }, () -> rows(c, text));
    }
}
