package org.timestation.admin.app.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.member.Member;
import org.timestation.member.Role;

/** Every member, found by name, member number or phone as one types; exported to CSV for Excel. */
public final class MembersController implements Controller {
    private final ConsoleContext ctx;
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private MembersView view;

    public MembersController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new MembersView(rows, ctx.text(), ctx.dialogs(), ctx.tasks());
        ConsoleText text = ctx.text();
        ctx.tasks().run(() -> ctx.community().inspect(s -> {
            java.time.ZoneId zone = s.policy().get().zoneId();
            List<MemberRow> out = new ArrayList<>();
            for (Member m : s.members().all()) {
                Minutes balance = s.credits().exists(AccountId.member(m.id())) ? s.credits().balance(AccountId.member(m.id())) : Minutes.ZERO;
                out.add(new MemberRow(m.id(), m.maskedName(), m.phone() == null ? "" : m.phone().masked(), roles(m, text),
                        text.t("members.hours", String.format(Locale.ROOT, "%.1f", balance.value() / 60.0)),
                        text.when(m.registeredAt(), zone).substring(0, 10), m.name() + " " + (m.phone() == null ? "" : m.phone().digits())));
            }
            out.sort(java.util.Comparator.comparing(MemberRow::id));
            return out;
        }), rows::setAll, failed -> view.failed(text.why(failed)));
    }

    static String roles(Member m, ConsoleText text) {
        List<String> out = new ArrayList<>();
        for (Role r : Role.values()) {
            if (r != Role.MEMBER && m.has(r)) {
                out.add(text.t("role." + r.name().toLowerCase(Locale.ROOT)));
            }
        }
        return out.isEmpty() ? text.t("role.member") : String.join("、", out);
    }

    @Override
    public void onDeactivate() {
        rows.clear();
        view = null;
    }
}
