package org.timestation.kiosk.screen.home;

import java.util.List;
import javafx.scene.Node;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.nav.Screen;
import org.timestation.member.Role;

/**
 * Home: six large tiles, picture and word: ask for help, help others, my time, redeem, activities,
 * gift; a captain also sees 楼长代办 under them, and a resident with requests under way sees 我的求助
 * (in the alert colour when a finished service waits for their confirmation or stars).
 */
public final class HomeController implements Screen {
    /** The tiles, in reading order: screen id and text key. */
    static final List<String> TILES = List.of("ask", "help", "credits", "redeem", "activities", "gift");
    private final KioskContext ctx;
    private final HomeModel model = new HomeModel();
    private final HomeView view;

    public HomeController(KioskContext ctx) {
        this.ctx = ctx;
        this.view = new HomeView(model, ctx, this::open);
    }

    private void open(String id) {
        ctx.nav().go(id);
    }

    @Override
    public String id() {
        return Navigator.HOME;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.captain.set(ctx.session().member().get() != null && ctx.session().member().get().has(Role.CAPTAIN)
                && ctx.session().elder().get() == null);
        String who = ctx.session().subject().id();
        ctx.read(c -> {
            List<org.timestation.exchange.Request> list = c.exchanges().requestsOf(who);
            long ended = list.stream().filter(r -> r.state() == org.timestation.exchange.ExchangeState.ENDED).count()
                    + c.exchanges().toRate(who).stream().filter(r -> who.equals(r.requesterId())).count();
            long closed = list.stream().filter(r -> r.state() == org.timestation.exchange.ExchangeState.LAPSED).count();
            return new int[] {list.size() - (int) closed, (int) ended, (int) closed};
        }, n -> {
            model.under.set(n[0]);
            model.waiting.set(n[1]);
            model.lapsed.set(n[2]);
        });
    }

    @Override
    public String speech() {
        StringBuilder sb = new StringBuilder(ctx.t("home.speech"));
        for (String id : TILES) {
            sb.append(ctx.t("home." + id)).append("。");
        }
        return sb.toString();
    }

    @Override
    public void clear() {
        model.clear();
    }
}
