package org.timestation.kiosk.screen.home;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Navigator;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.Icons;
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
    private final VBox root;
    private final Button captain;
    private final Button mine;
    private final javafx.scene.layout.FlowPane grid;
    /** 楼长代办 and 我的求助: under the tiles, or above them when something waits for the resident (never below the fold then). */
    private final javafx.scene.layout.FlowPane extra;
    private final javafx.beans.property.IntegerProperty waiting = new javafx.beans.property.SimpleIntegerProperty();
    private final javafx.beans.property.IntegerProperty under = new javafx.beans.property.SimpleIntegerProperty();
    /** Requests that closed by themselves (nobody took them) which the resident has not been told of. */
    private final javafx.beans.property.IntegerProperty lapsed = new javafx.beans.property.SimpleIntegerProperty();

    public HomeController(KioskContext ctx) {
        this.ctx = ctx;
        // three tiles a row where they fit, two where they do not (a narrow screen, large text): never cut
        javafx.scene.layout.FlowPane grid = new javafx.scene.layout.FlowPane(24, 28); // three 380 px tiles fit 1280 px beside the scroll bar
        grid.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        grid.setAlignment(Pos.CENTER);
        grid.setPrefWrapLength(3 * 500 + 2 * 24);
        grid.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never four a row on a wide screen (4 + 2 reads as a mistake)
        for (int i = 0; i < TILES.size(); i++) {
            String id = TILES.get(i);
            Button tile = Ui.button(Ui.text(ctx.session(), "home." + id), Styles.TILE, "tile-" + id, () -> open(id));
            Node icon = Icons.of(id);
            icon.setScaleX(1.3);
            icon.setScaleY(1.3);
            tile.setGraphic(new javafx.scene.Group(icon));
            grid.getChildren().add(tile);
        }
        captain = Ui.button(Ui.text(ctx.session(), "home.captain"), Styles.PRIMARY, "tile-captain", () -> open("captain"));
        captain.setGraphic(Icons.of("captain"));
        mine = Ui.button(Ui.text(ctx.session(), () -> waiting.get() > 0 && lapsed.get() > 0 ? ctx.t("home.mine-waiting-lapsed", waiting.get(), lapsed.get())
                : waiting.get() > 0 ? ctx.t("home.mine-waiting", waiting.get())
                : lapsed.get() > 0 ? ctx.t("home.mine-lapsed", lapsed.get()) : ctx.t("home.mine", under.get()), waiting, under, lapsed),
                Styles.BUTTON, "tile-mine", () -> ctx.nav().go("mine"));
        mine.setVisible(false);
        mine.setManaged(false);
        extra = new javafx.scene.layout.FlowPane(32, 24, captain, mine); // two rows when one is too narrow
        extra.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        extra.setAlignment(Pos.CENTER);
        this.grid = grid;
        root = new VBox(32, grid, extra);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(20, 16, 20, 16));
        root.setId("home-screen");
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
        return root;
    }

    @Override
    public void onActivate() {
        boolean isCaptain = ctx.session().member().get() != null && ctx.session().member().get().has(Role.CAPTAIN)
                && ctx.session().elder().get() == null;
        captain.setVisible(isCaptain);
        captain.setManaged(isCaptain);
        String who = ctx.session().subject().id();
        ctx.run(c -> {
            List<org.timestation.exchange.Request> list = c.exchanges().requestsOf(who);
            long ended = list.stream().filter(r -> r.state() == org.timestation.exchange.ExchangeState.ENDED).count()
                    + c.exchanges().toRate(who).stream().filter(r -> who.equals(r.requesterId())).count();
            long closed = list.stream().filter(r -> r.state() == org.timestation.exchange.ExchangeState.LAPSED).count();
            return new int[] {list.size() - (int) closed, (int) ended, (int) closed};
        }, n -> {
            under.set(n[0]);
            waiting.set(n[1]);
            lapsed.set(n[2]);
            mine.getStyleClass().setAll("button", Styles.BUTTON);
            if (n[1] + n[2] > 0) {
                mine.getStyleClass().add(Styles.BUTTON_ALERT);
            }
            mine.setVisible(n[0] + n[1] + n[2] > 0);
            root.getChildren().setAll(n[1] + n[2] > 0 ? List.of(extra, grid) : List.of(grid, extra));
            mine.setManaged(mine.isVisible());
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
        captain.setVisible(false);
        captain.setManaged(false);
        mine.setVisible(false);
        mine.setManaged(false);
        root.getChildren().setAll(grid, extra);
        under.set(0);
        waiting.set(0);
        lapsed.set(0);
    }
}
