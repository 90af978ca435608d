package org.timestation.admin.app.team;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.Controller;
import org.timestation.member.Role;

/**
 * The station's staff: who they are and whether they can sign in here. A manager adds staff (a role
 * event with the reason, and a password), sets a new password, or removes someone (after saying what
 * it will do); staff see the list only.
 */
public final class TeamController implements Controller {
    private final ConsoleContext ctx;
    private final TeamModel model = new TeamModel();
    private TeamView view;

    public TeamController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.manager.set(ctx.signedIn() != null && ctx.signedIn().manager());
        model.result.set("");
        model.refusal.set("");
        view = new TeamView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        reload();
    }

    private void reload() {
        StaffDesk desk = ctx.staff();
        org.timestation.admin.ui.ConsoleText text = ctx.text();
        ctx.tasks().run(() -> rows(desk, text), model.rows::setAll, failed -> model.refusal.set(ctx.text().why(failed)));
    }

    private static List<TeamModel.Row> rows(StaffDesk desk, org.timestation.admin.ui.ConsoleText text) {
        return desk.staff().stream().map(m -> new TeamModel.Row(m.id(), m.maskedName(), text.t(m.has(Role.MANAGER) ? "role.manager" : "role.staff"),
                text.t(desk.hasAccount(m.id()) ? "team.account-yes" : "team.account-no"))).toList();
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        view = null;
    }

    void add(String memberId, boolean manager, String password, String again, String reason) {
        StaffDesk.SignedIn by = ctx.signedIn();
        act(() -> ctx.staff().addStaff(by, memberId == null ? "" : memberId.strip(), manager, password, again, reason),
                m -> ctx.text().t("team.added", m.maskedName(), m.id()));
    }

    void resetPassword(TeamModel.Row who, String password, String again) {
        if (who == null) {
            model.refusal.set(ctx.text().t("team.choose"));
            return;
        }
        StaffDesk.SignedIn by = ctx.signedIn();
        act(() -> {
            ctx.staff().resetPassword(by, who.id(), password, again);
            return who;
        }, w -> ctx.text().t("team.password-set", w.name()));
    }

    void remove(TeamModel.Row who, String reason) {
        if (who == null) {
            model.refusal.set(ctx.text().t("team.choose"));
            return;
        }
        if (!ctx.dialogs().confirm(ctx.text().t("team.remove-title"), ctx.text().t("team.remove-body", who.name(), who.id(), reason == null ? "" : reason))) {
            return;
        }
        StaffDesk.SignedIn by = ctx.signedIn();
        act(() -> ctx.staff().removeStaff(by, who.id(), reason), m -> ctx.text().t("team.removed", m.maskedName()));
    }

    private <T> void act(Supplier<T> work, java.util.function.Function<T, String> said) {
        StaffDesk desk = ctx.staff();
        org.timestation.admin.ui.ConsoleText text = ctx.text();
        org.timestation.admin.ui.ActionState.act(model, ctx.tasks(), text, () -> said.apply(work.get()), () -> rows(desk, text));
    }
}
