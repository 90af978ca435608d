package org.timestation.admin.app.trust;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.funds.FundsService;
import org.timestation.trust.Incident;
import org.timestation.trust.IncidentLevel;
import org.timestation.trust.Party;
import org.timestation.trust.TrustChange;

/**
 * Trust (信任): every score with the reasons that moved it, the incidents in the record, and the
 * month's board. Staff record an incident at one of three levels (told first what it will do: the
 * points, the freeze or pause, the double deduction, the deposit kept, or removal) and resolve one (its
 * suspension or removal ends); each is an event with the operator and the reason.
 */
public final class TrustController implements Controller {
    private final ConsoleContext ctx;
    private final TrustModel model = new TrustModel();
    private TrustView view;

    public TrustController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.reasons.set("");
        view = new TrustView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        reload(null);
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        model.incidents.clear();
        view = null;
    }

    private record Loaded(List<TrustModel.Score> scores, List<TrustModel.IncidentRow> incidents, String board) {
    }

    /** Who a party is, shown masked (a shop by its name), and the full name the filter also finds. */
    private record Names(Map<String, String> shown, Map<String, String> full) {
        static Names of(Community c) {
            return c.inspect(s -> {
                Map<String, String> shown = new HashMap<>();
                Map<String, String> full = new HashMap<>();
                s.members().all().forEach(m -> {
                    shown.put(Party.member(m.id()).key(), m.maskedName());
                    full.put(Party.member(m.id()).key(), m.name());
                });
                c.merchants().merchants().forEach(m -> {
                    shown.put(Party.merchant(m.id()).key(), m.shopName());
                    full.put(Party.merchant(m.id()).key(), m.shopName());
                });
                return new Names(shown, full);
            });
        }

        String of(Party p) {
            return shown.getOrDefault(p.key(), p.id()) + "（" + p.id() + "）";
        }
    }

    private static Loaded load(Community c, ConsoleText text, long now) {
        Names names = Names.of(c);
        ZoneId zone = c.policy().current().zoneId();
        Map<String, Integer> counts = new HashMap<>();
        List<TrustModel.IncidentRow> incidents = new ArrayList<>();
        for (Incident i : c.trust().incidents()) {
            counts.merge(i.party().key(), 1, Integer::sum);
            incidents.add(new TrustModel.IncidentRow(i.id(), text.when(i.at(), zone), names.of(i.party()), level(text, i.level()), i.reason(),
                    state(text, i, now, zone, names), names.shown().getOrDefault(Party.member(i.operator()).key(), i.operator()), !i.resolved()));
        }
        List<TrustModel.Score> scores = new ArrayList<>();
        for (Map.Entry<Party, Long> s : c.trust().scores()) {
            Party p = s.getKey();
            scores.add(new TrustModel.Score(p.key(), names.of(p), text.t(p.side() == Party.Side.MEMBER ? "trust.side-member" : "trust.side-merchant"),
                    Long.toString(s.getValue()), Integer.toString(counts.getOrDefault(p.key(), 0)), names.full().getOrDefault(p.key(), "")));
        }
        List<String> board = new ArrayList<>();
        int place = 1;
        for (Party p : c.trust().board(10)) {
            board.add(text.t("trust.board-entry", place++, names.of(p), c.trust().score(p)));
        }
        return new Loaded(scores, incidents, board.isEmpty() ? text.t("trust.board-empty") : String.join("    ", board));
    }

    private static String level(ConsoleText text, IncidentLevel l) {
        return text.t("trust.level-" + l.name().toLowerCase(Locale.ROOT));
    }

    private static String state(ConsoleText text, Incident i, long now, ZoneId zone, Names names) {
        if (i.resolved()) {
            return text.t("trust.state-resolved", text.when(i.resolvedAt(), zone), names.shown().getOrDefault(Party.member(i.resolvedBy()).key(),
                    i.resolvedBy()), i.resolution());
        }
        if (i.level() == IncidentLevel.SEVERE) {
            return text.t("trust.state-removed");
        }
        if (i.suspends(now)) {
            return text.t("trust.state-suspended", text.when(i.suspendedUntil(), zone));
        }
        return text.t("trust.state-on-record");
    }

    private void reload(String message) {
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        long now = ctx.clock().millis();
        model.working.set(message != null);
        ctx.tasks().run(() -> load(c, text, now), l -> {
            model.working.set(false);
            model.rows.setAll(l.scores());
            model.incidents.setAll(l.incidents());
            model.board.set(l.board());
            if (message != null) {
                model.result.set(message);
            }
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }

    /** Shows why the chosen party's score is what it is. */
    void choose(TrustModel.Score row) {
        if (row == null) {
            model.reasons.set("");
            return;
        }
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        Party p = Party.parse(row.partyKey());
        ctx.tasks().run(() -> {
            ZoneId zone = c.policy().current().zoneId();
            List<String> lines = new ArrayList<>();
            lines.add(text.t("trust.base", c.policy().current().trustBase()));
            for (TrustChange ch : c.trust().history(p)) {
                lines.add(text.when(ch.at(), zone) + "  " + (ch.delta() >= 0 ? "+" : "") + ch.delta() + "  " + text.core(ch.reason().key()));
            }
            lines.add(text.t("trust.now", c.trust().score(p)));
            return String.join("\n", lines);
        }, model.reasons::set, failed -> model.refusal.set(text.why(failed)));
    }

    /** Records an incident against the chosen party, after saying what it will do. */
    void record(TrustModel.Score row, IncidentLevel level, String reason, String minutesTyped) {
        ConsoleText text = ctx.text();
        Minutes falselyReported;
        try {
            if (row == null) {
                throw new Refused(text.t("trust.choose-party"), text.t("trust.choose-party"));
            }
            if (level == null) {
                throw new Refused("请选失信的程度：轻微、中度或严重。", "Choose how serious it is: minor, moderate or severe.");
            }
            if (reason == null || reason.isBlank()) {
                throw new Refused("请写上发生了什么：会记进账本，本人可以查看。", "Write what happened: it goes into the ledger, and they can read it.");
            }
            falselyReported = minutes(minutesTyped);
        } catch (Refused r) {
            model.refusal.set(text.why(r));
            return;
        }
        Party p = Party.parse(row.partyKey());
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> effect(c, text, p, level, falselyReported, row.who()), what -> {
            if (!ctx.dialogs().confirm(text.t("trust.confirm-record", row.who()), what)) {
                return;
            }
            act(() -> c.trust().incident(p, level, reason, by.memberId(), falselyReported), text.t("trust.recorded", what));
        }, failed -> model.refusal.set(text.why(failed)));
    }

    static Minutes minutes(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("\\d{1,4}")) {
            throw new Refused("虚报的时长请写分钟数，例如 60；没有虚报就空着。", "Write the falsely reported time in minutes, e.g. 60; leave it empty if none.");
        }
        return Minutes.of(Long.parseLong(s));
    }

    /** What recording the incident will do, in words. */
    public static String effect(Community c, ConsoleText text, Party p, IncidentLevel level, Minutes falselyReported, String who) {
        int points = level.reason().delta();
        String lvl = text.t("trust.level-" + level.name().toLowerCase(Locale.ROOT));
        boolean member = p.side() == Party.Side.MEMBER;
        String consequence = switch (level) {
            case MINOR -> text.t("trust.effect-minor");
            case MODERATE -> member ? text.t("trust.effect-moderate-member", days(level.suspension(Party.Side.MEMBER)))
                    + (falselyReported == null ? "" : text.t("trust.effect-double", falselyReported.value(),
                    falselyReported.value() * c.policy().current().falseReportMultiplier()))
                    : text.t("trust.effect-moderate-merchant", days(level.suspension(Party.Side.MERCHANT)),
                    FundsService.yuan(Math.min(IncidentLevel.MERCHANT_PENALTY_FEN, c.funds().depositFen(p.id()))));
            case SEVERE -> member ? text.t("trust.effect-severe-member")
                    : text.t("trust.effect-severe-merchant", FundsService.yuan(c.funds().depositFen(p.id())));
        };
        return text.t("trust.effect", who, lvl, points, consequence);
    }

    private static long days(Duration d) {
        return d.toDays();
    }

    /** Resolves the chosen incident: its suspension or removal ends now. */
    void resolve(TrustModel.IncidentRow row, String reason) {
        ConsoleText text = ctx.text();
        if (row == null || !row.open()) {
            model.refusal.set(text.t(row == null ? "trust.choose-incident" : "trust.already-resolved"));
            return;
        }
        if (reason == null || reason.isBlank()) {
            model.refusal.set(text.why(new Refused("请写上处理的原因，例如“申诉成立：计时记录无误”。", "Give the reason, e.g. appeal upheld: the timer was right.")));
            return;
        }
        String what = text.t("trust.resolve-effect", row.who(), row.level(), row.reason());
        if (!ctx.dialogs().confirm(text.t("trust.confirm-resolve", row.who()), what)) {
            return;
        }
        Community c = ctx.community();
        StaffDesk.SignedIn by = ctx.signedIn();
        act(() -> c.trust().resolve(row.id(), by.memberId(), reason), text.t("trust.resolved", what));
    }

    private void act(Runnable work, String said) {
        ConsoleText text = ctx.text();
        model.working.set(true);
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            work.run();
            return true;
        }, ok -> reload(said), failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }
}
