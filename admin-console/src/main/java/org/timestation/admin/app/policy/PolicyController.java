package org.timestation.admin.app.policy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.policy.Policy;

/**
 * The rules (政策): every value the station runs by, and since when the rules in force apply. A
 * manager changes one only as a {@code policy.changed} event with a reason; the screen says first that
 * the new value applies from the moment it is saved to every act after it, and that earlier acts keep
 * the old value.
 */
public final class PolicyController implements Controller {
    private final ConsoleContext ctx;
    private final PolicyModel model = new PolicyModel();
    private PolicyView view;

    public PolicyController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.manager.set(ctx.signedIn() != null && ctx.signedIn().manager());
        view = new PolicyView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        reload(null);
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        view = null;
    }

    private record Loaded(List<PolicyModel.Rule> rules, String since) {
    }

    private static Loaded load(Community c, ConsoleText text) {
        Policy p = c.policy().current();
        ZoneId zone = p.zoneId();
        List<PolicyModel.Rule> rules = new ArrayList<>();
        for (Map.Entry<String, Object> e : p.toMap().entrySet()) {
            rules.add(new PolicyModel.Rule(e.getKey(), text.t("policy.rule." + e.getKey()), text.t("policy.unit." + unit(e.getKey()), e.getValue()),
                    String.valueOf(e.getValue())));
        }
        String since = c.policy().since().map(s -> text.t("policy.since", text.when(s.at(), zone), s.operator(), s.reason()))
                .orElse(text.t("policy.defaults"));
        return new Loaded(rules, since);
    }

    /** The unit a rule is counted in, from its name. */
    static String unit(String field) {
        if (field.endsWith("Minutes")) {
            return "minutes";
        }
        if (field.endsWith("Hours")) {
            return "hours";
        }
        if (field.endsWith("Months")) {
            return "months";
        }
        if (field.endsWith("Days")) {
            return "days";
        }
        if (field.endsWith("Age")) {
            return "years";
        }
        if (field.endsWith("Meters")) {
            return "meters";
        }
        if (field.endsWith("Credits")) {
            return "credits";
        }
        if (field.startsWith("fen")) {
            return "fen";
        }
        return "plain";
    }

    private void reload(String message) {
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        ctx.tasks().run(() -> load(c, text), l -> {
            model.working.set(false);
            model.rows.setAll(l.rules());
            model.since.set(l.since());
            if (message != null) {
                model.result.set(message);
            }
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }

    /** Changes the chosen rule to the value typed, after saying what changes and from when. */
    void change(PolicyModel.Rule rule, String typed, String reason) {
        ConsoleText text = ctx.text();
        Object value;
        try {
            if (ctx.signedIn() == null || !ctx.signedIn().manager()) {
                throw new Refused("只有站长可以改规则。请站长登录后再改。", "Only a manager may change the rules. Ask a manager to sign in.");
            }
            if (rule == null) {
                throw new Refused(text.t("policy.choose"), text.t("policy.choose"));
            }
            value = parse(rule, typed);
            if (reason == null || reason.isBlank()) {
                throw new Refused("请写上为什么改：会记进账本，所有站点都会看到。", "Say why: it goes into the ledger, and every station sees it.");
            }
        } catch (Refused r) {
            model.refusal.set(text.why(r));
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            Policy next = c.policy().current().with(rule.field(), value); // refused here, before anyone is asked, when the value breaks a rule
            return next;
        }, next -> {
            String what = text.t("policy.effect", rule.meaning(), rule.value(), text.t("policy.unit." + unit(rule.field()), value),
                    text.when(ctx.clock().millis(), ZoneId.systemDefault()));
            if (!ctx.dialogs().confirm(text.t("policy.confirm-title"), what)) {
                return;
            }
            model.working.set(true);
            ctx.tasks().run(() -> c.policy().change(next, by.memberId(), reason), event -> reload(text.t("policy.changed", rule.meaning(),
                    text.t("policy.unit." + unit(rule.field()), value), text.when(event.epochMillis(), next.zoneId()))), failed -> {
                model.working.set(false);
                model.refusal.set(text.why(failed));
            });
        }, failed -> model.refusal.set(text.why(failed)));
    }

    /** The value typed, of the rule's own kind (a whole number, or the time zone's name). */
    static Object parse(PolicyModel.Rule rule, String typed) {
        String s = typed == null ? "" : typed.strip();
        if (rule.field().equals("zone")) {
            if (s.isEmpty()) {
                throw new Refused("请写时区，例如 Asia/Shanghai。", "Write the time zone, e.g. Asia/Shanghai.");
            }
            return s;
        }
        if (!s.matches("-?\\d{1,9}")) {
            throw new Refused("请写一个整数，例如 " + rule.raw() + "。", "Write a whole number, e.g. " + rule.raw() + ".");
        }
        return Long.parseLong(s);
    }
}
