package org.timestation.admin.app.proxy;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.community.Community;
import org.timestation.proxy.ProxyAct;

/**
 * The monthly report of proxy acts (代办): everything captains did for elders, and how many each
 * captain did for each elder, so that the station sees who relies on whom and nothing is done in an
 * elder's name unseen.
 */
public final class ProxyController implements Controller {
    private final ConsoleContext ctx;
    private final ProxyModel model = new ProxyModel();
    private ProxyView view;

    public ProxyController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new ProxyView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        show(null);
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        model.pairs.clear();
        view = null;
    }

    private record Loaded(YearMonth month, List<ProxyModel.Act> acts, List<ProxyModel.Pair> pairs, String totals) {
    }

    /** Shows the month typed (YYYY-MM), or this month when empty. */
    void show(String monthTyped) {
        Community c = ctx.community();
        ConsoleText text = ctx.text();
        java.time.Clock clock = ctx.clock();
        model.refusal.set("");
        ctx.tasks().run(() -> {
            ZoneId zone = c.policy().current().zoneId();
            YearMonth month;
            try {
                month = monthTyped == null || monthTyped.isBlank() ? YearMonth.now(clock.withZone(zone)) : YearMonth.parse(monthTyped.strip());
            } catch (DateTimeParseException e) {
                throw new Refused("月份请写成 2026-11 这样。", "Write the month as 2026-11.");
            }
            return load(c, text, month, zone);
        }, l -> {
            model.month.set(l.month().toString());
            model.rows.setAll(l.acts());
            model.pairs.setAll(l.pairs());
            model.totals.set(l.totals());
        }, failed -> model.refusal.set(text.why(failed)));
    }

    private static Loaded load(Community c, ConsoleText text, YearMonth month, ZoneId zone) {
        List<ProxyAct> acts = c.proxies().monthlyReport(month);
        Map<String, String> names = c.inspect(s -> {
            Map<String, String> out = new java.util.HashMap<>();
            s.members().all().forEach(m -> out.put(m.id(), m.maskedName() + "（" + m.id() + "）"));
            return out;
        });
        List<ProxyModel.Act> rows = new ArrayList<>();
        Map<String, int[]> byPair = new LinkedHashMap<>();
        for (ProxyAct a : acts) {
            String captain = names.getOrDefault(a.captainId(), a.captainId());
            String elder = names.getOrDefault(a.elderId(), a.elderId());
            rows.add(new ProxyModel.Act(text.when(a.at(), zone), captain, elder, text.t("proxy.kind-" + a.kind().name().toLowerCase(Locale.ROOT)),
                    a.ref() == null ? "" : a.ref(), a.identifiedBy() == null ? "" : text.t("proxy.by-" + a.identifiedBy().name().toLowerCase(Locale.ROOT))));
            byPair.computeIfAbsent(captain + "\u0000" + elder, k -> new int[2])[a.kind() == ProxyAct.Kind.POST ? 0 : 1]++;
        }
        List<ProxyModel.Pair> pairs = new ArrayList<>();
        byPair.forEach((k, n) -> {
            String[] who = k.split("\u0000");
            pairs.add(new ProxyModel.Pair(who[0], who[1], Integer.toString(n[0]), Integer.toString(n[1])));
        });
        long captains = acts.stream().map(ProxyAct::captainId).distinct().count();
        long elders = acts.stream().map(ProxyAct::elderId).distinct().count();
        return new Loaded(month, rows, pairs, text.t("proxy.totals", month.toString(), acts.size(), captains, elders));
    }
}
