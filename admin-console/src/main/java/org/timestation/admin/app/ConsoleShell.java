package org.timestation.admin.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.timestation.admin.app.dashboard.DashboardController;
import org.timestation.admin.app.members.MembersController;
import org.timestation.admin.app.signin.SignInController;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.Controller;
import org.timestation.text.Text;

/**
 * The console's window: the sign-in until someone signs in, then the screens in a list on the left,
 * with who is signed in, the language switch and sign-out above. Whoever leaves it alone for
 * {@link ConsoleContext#idle} is signed out. One screen is active at a time: the shell deactivates it
 * before the next is activated.
 */
public final class ConsoleShell {
    private static final String FONT = "/org/timestation/fonts/DroidSansFallbackFull.ttf";
    private final ConsoleContext ctx;
    private final BorderPane root = new BorderPane();
    private final Map<String, Function<ConsoleContext, Controller>> screens = new LinkedHashMap<>();
    private final PauseTransition idle;
    private Controller current;
    private String currentId;
    private String notice = "";

    public ConsoleShell(ConsoleContext ctx) {
        this.ctx = ctx;
        screens.put("dashboard", DashboardController::new);
        screens.put("members", MembersController::new);
        screens.put("approvals", org.timestation.admin.app.approvals.ApprovalsController::new);
        screens.put("requests", org.timestation.admin.app.requests.RequestsController::new);
        screens.put("disputes", org.timestation.admin.app.disputes.DisputesController::new);
        screens.put("activities", org.timestation.admin.app.activities.ActivitiesController::new);
        screens.put("merchants", org.timestation.admin.app.merchants.MerchantsController::new);
        screens.put("funds", org.timestation.admin.app.funds.FundsController::new);
        screens.put("trust", org.timestation.admin.app.trust.TrustController::new);
        screens.put("proxy", org.timestation.admin.app.proxy.ProxyController::new);
        screens.put("bulletin", org.timestation.admin.app.bulletin.BulletinController::new);
        screens.put("reports", org.timestation.admin.app.reports.ReportsController::new);
        screens.put("policy", org.timestation.admin.app.policy.PolicyController::new);
        screens.put("audit", org.timestation.admin.app.audit.AuditController::new);
        screens.put("nodes", org.timestation.admin.app.nodes.NodesController::new);
        screens.put("team", org.timestation.admin.app.team.TeamController::new);
        idle = new PauseTransition(javafx.util.Duration.millis(ctx.idle().toMillis()));
        idle.setOnFinished(e -> {
            if (ctx.signedIn() != null) {
                signOut(ctx.text().t("signin.idle-out", ctx.idle().toMinutes()));
            }
        });
        ctx.text().locale().addListener((o, was, now) -> relayout());
        ctx.reader().onCard(card -> javafx.application.Platform.runLater(() -> cardTapped(card)));
    }

    /**
     * An ID card on the desk reader: the screen showing takes it if it can (the members screen finds the
     * member, the approvals screen the registration it made); otherwise the members screen opens with it.
     * Signed out, the sign-in screen says to sign in first.
     */
    void cardTapped(org.timestation.device.CardData card) {
        if (current != null && current.onCard(card)) {
            return;
        }
        if (ctx.signedIn() == null) {
            return;
        }
        idle.playFromStart();
        open("members");
        current.onCard(card);
    }

    /** The window while the ledger opens (before the console exists): the title and "正在打开账本……", at the console's size. */
    public static void opening(Stage stage, org.timestation.admin.ui.ConsoleText text) {
        Label wait = new Label(text.t("signin.loading"));
        wait.getStyleClass().add("title");
        VBox box = new VBox(wait);
        box.setAlignment(Pos.CENTER);
        stage.setScene(scene(box));
        stage.setTitle(text.t("app.title"));
        stage.show();
    }

    /** A scene at the console's size (never larger than the screen), with its font and style sheet. */
    private static Scene scene(Parent content) {
        if (Font.loadFont(ConsoleShell.class.getResourceAsStream(FONT), 16) == null) {
            throw new IllegalStateException("the bundled font " + FONT + " could not be loaded");
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(content, Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(ConsoleShell.class.getResource("console.css").toExternalForm());
        return scene;
    }

    public Scene showOn(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = scene(root);
        for (javafx.event.EventType<? extends Event> t : java.util.List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_MOVED,
                ScrollEvent.SCROLL)) {
            scene.addEventFilter(t, e -> idle.playFromStart());
        }
        stage.setScene(scene);
        stage.setTitle(ctx.text().t("app.title"));
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(700, screen.getHeight()));
        ctx.dialogs().owner(stage);
        showSignIn();
        stage.show();
        return scene;
    }

    public Parent root() {
        return root;
    }

    private void activate(Controller next, String id) {
        if (current != null) {
            current.onDeactivate();
        }
        current = next;
        currentId = id;
        next.onActivate();
    }

    private void showSignIn() {
        SignInController signIn = new SignInController(ctx, this::signedIn, notice);
        notice = "";
        activate(signIn, null);
        root.setTop(null);
        root.setLeft(null);
        root.setCenter(signIn.view());
    }

    void signedIn(StaffDesk.SignedIn who) {
        ctx.signedIn(who);
        idle.playFromStart();
        open("dashboard");
    }

    /** Signs whoever is signed in out, back to the sign-in (with why, when it was the idle timer). */
    public void signOut(String why) {
        ctx.signedIn(null);
        idle.stop();
        notice = why;
        showSignIn();
    }

    /** Every screen's id, in the order of the navigation. */
    public java.util.List<String> screenIds() {
        return java.util.List.copyOf(screens.keySet());
    }

    /** Opens a screen by its id ({@code dashboard}, {@code members}). */
    public void open(String id) {
        Controller next = screens.get(id).apply(ctx);
        activate(next, id);
        root.setTop(topBar());
        root.setLeft(nav(id));
        root.setCenter(next.view());
    }

    private void relayout() {
        if (ctx.signedIn() == null) {
            showSignIn();
        } else if (currentId != null) {
            open(currentId);
        }
    }

    private Node topBar() {
        Label title = new Label(ctx.text().t("app.title"));
        title.getStyleClass().add("app-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(ctx.tasks().busy());
        StaffDesk.SignedIn who = ctx.signedIn();
        Label me = new Label(ctx.text().t(who.manager() ? "top.signed-in-manager" : "top.signed-in-staff", who.name()));
        me.setId("top-who");
        Button lang = new Button(ctx.text().chinese() ? "English" : "中文");
        lang.setId("top-lang");
        lang.setOnAction(e -> ctx.text().locale().set(ctx.text().chinese() ? Text.EN : Text.ZH));
        Button out = new Button(ctx.text().t("top.sign-out"));
        out.setId("top-sign-out");
        out.setOnAction(e -> signOut(""));
        HBox bar = new HBox(16, title, gap, busy, me, lang, out);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 20, 10, 20));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Node nav(String selected) {
        VBox nav = new VBox(3);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(16, 10, 16, 10));
        nav.setPrefWidth(200);
        ToggleGroup group = new ToggleGroup();
        for (String id : screens.keySet()) {
            ToggleButton b = new ToggleButton(ctx.text().t("nav." + id));
            b.setId("nav-" + id);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setSelected(id.equals(selected));
            b.setOnAction(e -> open(id));
            nav.getChildren().add(b);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(nav); // never cut short on a small screen
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("nav-scroll");
        return scroll;
    }
}
