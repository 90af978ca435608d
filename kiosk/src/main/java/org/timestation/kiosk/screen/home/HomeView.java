package org.timestation.kiosk.screen.home;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.Icons;

/** Six large tiles, picture and word; 楼长代办 and 我的求助 under them, or above them when something waits for the resident. */
final class HomeView {
    private final VBox root;
    private final FlowPane grid;
    /** 楼长代办 and 我的求助: under the tiles, or above them when something waits for the resident (never below the fold then). */
    private final FlowPane extra;
    private final Button mine;
    private final HomeModel model;

    HomeView(HomeModel model, KioskContext ctx, Consumer<String> open) {
        this.model = model;
        // three tiles a row where they fit, two where they do not (a narrow screen, large text): never cut
        grid = new FlowPane(24, 28); // three 380 px tiles fit 1280 px beside the scroll bar
        grid.setMinHeight(Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        grid.setAlignment(Pos.CENTER);
        grid.setPrefWrapLength(3 * 500 + 2 * 24);
        grid.setMaxWidth(Region.USE_PREF_SIZE); // never four a row on a wide screen (4 + 2 reads as a mistake)
        for (String id : HomeController.TILES) {
            Button tile = Ui.button(Ui.text(ctx.session(), "home." + id), Styles.TILE, "tile-" + id, () -> open.accept(id));
            Node icon = Icons.of(id);
            icons.add(icon);
            tile.setGraphic(new javafx.scene.Group(icon));
            grid.getChildren().add(tile);
        }
        Button captain = Ui.button(Ui.text(ctx.session(), "home.captain"), Styles.PRIMARY, "tile-captain", () -> open.accept("captain"));
        captainIcon = Icons.of("captain");
        captain.setGraphic(new javafx.scene.Group(captainIcon));
        captain.visibleProperty().bind(model.captain);
        captain.managedProperty().bind(model.captain);
        mine = Ui.button(Ui.text(ctx.session(), () -> model.waiting.get() > 0 && model.lapsed.get() > 0
                ? ctx.t("home.mine-waiting-lapsed", model.waiting.get(), model.lapsed.get())
                : model.waiting.get() > 0 ? ctx.t("home.mine-waiting", model.waiting.get())
                : model.lapsed.get() > 0 ? ctx.t("home.mine-lapsed", model.lapsed.get()) : ctx.t("home.mine", model.under.get()),
                model.waiting, model.under, model.lapsed), Styles.BUTTON, "tile-mine", () -> open.accept("mine"));
        extra = new FlowPane(32, 24, captain, mine); // two rows when one is too narrow
        extra.setMinHeight(Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        extra.setAlignment(Pos.CENTER);
        root = new VBox(32, grid, extra);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(20, 16, 20, 16));
        root.setId("home-screen");
        // on a screen 800 px high (or 768) all six tiles are in sight without scrolling: lower tiles, smaller pictures
        // one listener, moved with the view from scene to scene (the view is shown again and again: never one more per visit)
        javafx.beans.InvalidationListener height = h -> fitHeight(((javafx.beans.value.ObservableDoubleValue) h).get());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.heightProperty().removeListener(height);
            }
            if (scene != null) {
                scene.heightProperty().addListener(height);
                fitHeight(scene.getHeight());
            }
        });
        fitHeight(Double.MAX_VALUE);
        javafx.beans.InvalidationListener requests = o -> showRequests();
        model.under.addListener(requests);
        model.waiting.addListener(requests);
        model.lapsed.addListener(requests);
        showRequests();
    }

    /** Below this window height the tiles are lower (pseudo-class {@code short} in the stylesheet) and their pictures smaller. */
    static final double SHORT_SCREEN = 900;
    private static final javafx.css.PseudoClass SHORT = javafx.css.PseudoClass.getPseudoClass("short");
    private final List<Node> icons = new java.util.ArrayList<>();
    private Node captainIcon;

    private void fitHeight(double windowHeight) {
        boolean small = windowHeight < SHORT_SCREEN;
        grid.getChildren().forEach(tile -> tile.pseudoClassStateChanged(SHORT, small));
        icons.forEach(icon -> scale(icon, small ? 1.0 : 1.3));
        scale(captainIcon, small ? 0.7 : 1.0);
        root.setSpacing(small ? 20 : 32);
        root.setPadding(small ? new Insets(12, 16, 12, 16) : new Insets(20, 16, 20, 16));
    }

    private static void scale(Node n, double by) {
        n.setScaleX(by);
        n.setScaleY(by);
    }

    /** 我的求助 shows when there is any; in the alert colour, and above the tiles, when something waits for the resident. */
    private void showRequests() {
        boolean forThem = model.waiting.get() + model.lapsed.get() > 0;
        boolean any = forThem || model.under.get() > 0;
        mine.getStyleClass().setAll("button", Styles.BUTTON);
        if (forThem) {
            mine.getStyleClass().add(Styles.BUTTON_ALERT);
        }
        mine.setVisible(any);
        mine.setManaged(any);
        root.getChildren().setAll(forThem ? List.of(extra, grid) : List.of(grid, extra));
    }

    Node root() {
        return root;
    }
}
