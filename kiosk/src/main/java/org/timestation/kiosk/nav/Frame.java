package org.timestation.kiosk.nav;

import java.util.List;

import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.widget.WrappingBar;
import org.timestation.text.Bilingual;
import org.timestation.text.Text;

/**
 * The chrome every screen sits in: brand and greeting, the 代办 banner, text size, language, read
 * aloud and call staff on top; Back, Home and sign out below; a message panel, a spinner and the
 * idle countdown over the screen. After {@code idle} without a touch a countdown of {@code countdown}
 * runs, then the member is signed out and every screen forgets what it showed.
 */
public final class Frame {
    private final KioskContext ctx;
    private final BorderPane page = new BorderPane();
    /** The page with the idle countdown over all of it (top bar and footer included). */
    private final StackPane root = new StackPane();
    private final StackPane center = new StackPane();
    private final StackPane screenHolder = new StackPane();
    /** The screens scroll inside the content area, so the top bar and the footer always stay whole. */
    private final ScrollPane scroller = new ScrollPane(screenHolder);
    private boolean barCheckQueued;
    private final PauseTransition idleTimer;
    private final Timeline countdownTimer;
    private final int countdownSeconds;
    private final Label idleCount = new Label();
    private final VBox idleOverlay;
    private int left;
    private Runnable onBrandTapped = () -> { };

    public Frame(KioskContext ctx, Duration idle, int countdownSeconds) {
        this.ctx = ctx;
        this.countdownSeconds = countdownSeconds;
        this.idleTimer = new PauseTransition(idle);
        this.countdownTimer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        countdownTimer.setCycleCount(Timeline.INDEFINITE);
        root.getStyleClass().add(Styles.FRAME);
        page.setTop(topBar());
        page.setBottom(bottomBar());
        idleOverlay = idleOverlay();
        scroller.setId("content-scroll");
        scroller.getStyleClass().add(Styles.CONTENT_SCROLL);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setPannable(true); // a finger drags the page as well as the bar
        scroller.setMinSize(0, 0); // a tall screen scrolls inside; it never pushes the scroll pane under the footer
        // the bar shows exactly when the page is taller than the content area (the skin's own AS_NEEDED
        // guesses from a width-less minimum and hid it on pages that did not fit); decided just after
        // the layout that changed either height, since a layout request made during layout is dropped
        screenHolder.heightProperty().addListener(o -> queueBarCheck());
        scroller.viewportBoundsProperty().addListener(o -> queueBarCheck());
        center.getChildren().add(scroller);
        center.setMinSize(0, 0);
        overlays = List.of(messagePanel(), busy());
        page.setCenter(center);
        root.getChildren().addAll(page, idleOverlay);
        ctx.nav().current().addListener((o, was, now) -> {
            screenHolder.getChildren().setAll(now.view());
            scroller.setVvalue(0);
            ctx.message().set(null);
            if (watched()) {
                idleTimer.playFromStart(); // every screen but the attract screen times out, signed in or not
            } else {
                idleTimer.stop();
            }
        });
        idleTimer.setOnFinished(e -> startCountdown());
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, this::touched);
        root.addEventFilter(TouchEvent.TOUCH_PRESSED, this::touched);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::touched);
        Session s = ctx.session();
        s.member().addListener((o, was, now) -> {
            if (now != null) {
                idleTimer.playFromStart();
            } else {
                idleTimer.stop();
            }
        });
        s.large().addListener((o, was, on) -> {
            if (on) {
                root.getStyleClass().add(Styles.LARGE);
            } else {
                root.getStyleClass().remove(Styles.LARGE);
            }
        });
    }

    private void queueBarCheck() {
        if (barCheckQueued) {
            return;
        }
        barCheckQueued = true;
        org.timestation.kiosk.fx.FxBridge.onFx(() -> { // deferred: after the layout pass
            barCheckQueued = false;
            ScrollPane.ScrollBarPolicy want = screenHolder.getHeight() > scroller.getViewportBounds().getHeight() + 0.5
                    ? ScrollPane.ScrollBarPolicy.ALWAYS : ScrollPane.ScrollBarPolicy.NEVER; // stable: a bar only narrows the page
            if (scroller.getVbarPolicy() != want) {
                scroller.setVbarPolicy(want);
            }
        });
    }

    /** Hidden until needed, so not in the first frame: the message panel, the spinner, the idle countdown. */
    private final List<Node> overlays;

    /** Adds the overlays (the shell calls it just after the first frame; idempotent). */
    public void addOverlays() {
        if (center.getChildren().size() == 1) {
            center.getChildren().addAll(overlays);
        }
    }

    /** The staff gesture's taps on the brand (the shell counts them). */
    public void onBrandTapped(Runnable r) {
        onBrandTapped = r;
    }

    public StackPane root() {
        return root;
    }

    /** Someone touched the screen or a card was tapped: the idle clock starts again. */
    public void activity() {
        if (watched() && !idleOverlay.isVisible()) {
            idleTimer.playFromStart();
        }
    }

    private void touched(Event e) {
        activity();
    }

    /** Signs out now: the attract screen, nothing personal left on any screen. */
    public void signOut() {
        countdownTimer.stop();
        idleTimer.stop();
        idleOverlay.setVisible(false);
        ctx.session().signOut();
        ctx.message().set(null);
        ctx.nav().reset();
    }

    /** Whether the idle clock runs: someone is signed in, or a screen other than the attract screen shows. */
    private boolean watched() {
        Screen now = ctx.nav().current().get();
        return ctx.session().signedIn() || now != null && !Navigator.ATTRACT.equals(now.id());
    }

    private void startCountdown() {
        if (!watched()) {
            return;
        }
        left = countdownSeconds;
        idleCount.setText(Integer.toString(left));
        idleOverlay.setVisible(true);
        countdownTimer.playFromStart();
    }

    private void tick() {
        left--;
        idleCount.setText(Integer.toString(Math.max(0, left)));
        if (left <= 0) {
            signOut();
        }
    }

    private void stay() {
        countdownTimer.stop();
        idleOverlay.setVisible(false);
        idleTimer.playFromStart();
    }

    private StringBinding text(String key) {
        return Bindings.createStringBinding(() -> KioskText.BUNDLE.get(ctx.locale(), key), ctx.session().locale());
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(text(key));
        b.setId(id);
        b.getStyleClass().add(Styles.BUTTON);
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox topBar() {
        Label brand = new Label();
        brand.textProperty().bind(text("brand"));
        brand.getStyleClass().add(Styles.BRAND);
        brand.setId("brand");
        brand.setOnMouseClicked(e -> onBrandTapped.run());
        Label greeting = new Label();
        greeting.setId("greeting");
        greeting.getStyleClass().add(Styles.GREETING);
        greeting.textProperty().bind(Bindings.createStringBinding(() -> ctx.session().member().get() == null ? ""
                : KioskText.BUNDLE.get(ctx.locale(), "frame.greeting", ctx.session().byCodeOnly().get()
                        ? ctx.session().member().get().maskedName() : ctx.session().member().get().name()),
                ctx.session().member(), ctx.session().locale(), ctx.session().byCodeOnly()));
        Button large = button("frame.large", "btn-large", () -> ctx.session().large().set(!ctx.session().large().get()));
        large.textProperty().unbind();
        large.textProperty().bind(Bindings.createStringBinding(() -> KioskText.BUNDLE.get(ctx.locale(),
                ctx.session().large().get() ? "frame.normal" : "frame.large"), ctx.session().large(), ctx.session().locale()));
        Button language = button("language.switch", "btn-language", () -> ctx.session().locale().set(other(ctx.locale())));
        Button read = button("frame.read", "btn-read", this::readAloud);
        Button staff = button("frame.staff", "btn-staff", ctx::callStaff);
        staff.getStyleClass().add(Styles.BUTTON_ALERT);
        // once called, the button says so (with a tick) until a staff member clears the call
        staff.textProperty().unbind();
        staff.textProperty().bind(Bindings.createStringBinding(() -> KioskText.BUNDLE.get(ctx.locale(),
                ctx.openCalls().isEmpty() ? "frame.staff" : "frame.staff-called"), ctx.openCalls(), ctx.session().locale()));
        brand.setMinWidth(Region.USE_PREF_SIZE); // the brand is the staff gesture: never cut
        greeting.setWrapText(true);
        greeting.setMinWidth(0);
        HBox who = new HBox(24, brand, greeting);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(greeting, Priority.ALWAYS);
        WrappingBar top = new WrappingBar(16, who, large, language, read, staff);
        top.setId("top-bar");
        top.getStyleClass().add(Styles.TOP_BAR);
        Label banner = new Label();
        banner.setId("proxy-banner");
        banner.getStyleClass().add(Styles.PROXY_BANNER);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(Bindings.createStringBinding(() -> ctx.session().elder().get() == null ? ""
                : KioskText.BUNDLE.get(ctx.locale(), "frame.proxy", ctx.session().member().get().name(), ctx.session().elder().get().name()),
                ctx.session().elder(), ctx.session().locale()));
        banner.visibleProperty().bind(ctx.session().elder().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(top, banner);
        box.setFillWidth(true);
        return box;
    }

    private void readAloud() {
        Screen s = ctx.nav().current().get();
        if (s == null || !ctx.speaker().speak(s.speech(), ctx.locale())) {
            ctx.say(KioskContext.text("message.no-speech"));
        }
    }

    private HBox bottomBar() {
        Button back = button("frame.back", "btn-back", this::back);
        Button home = button("frame.home", "btn-home", () -> ctx.nav().home());
        Button out = button("frame.signout", "btn-signout", this::signOut);
        for (Button b : new Button[] {back, home, out}) {
            b.getStyleClass().add(Styles.BUTTON_NAV);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.visibleProperty().bind(ctx.session().member().isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        back.visibleProperty().unbind();
        javafx.beans.binding.BooleanBinding outsideBack = Bindings.createBooleanBinding(
                () -> ctx.session().member().get() == null && ctx.nav().current().get() != null && ctx.nav().current().get().backToAttract(),
                ctx.session().member(), ctx.nav().current());
        back.visibleProperty().bind(ctx.session().member().isNotNull().and(ctx.nav().backable()).or(outsideBack));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(24, back, home, spacer, out);
        bar.getStyleClass().add(Styles.BOTTOM_BAR);
        bar.setId("bottom-bar");
        bar.setMinHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    /** Back one step; from a screen reached without signing in (phone sign-in, registration), back to the attract screen. */
    private void back() {
        Screen now = ctx.nav().current().get();
        if (!ctx.session().signedIn() && now != null && now.backToAttract() && !now.back()) {
            signOut();
            return;
        }
        ctx.nav().back();
    }

    private Node messagePanel() {
        Label first = new Label();
        first.setId("message");
        first.getStyleClass().add(Styles.MESSAGE);
        first.setWrapText(true);
        Label second = new Label();
        second.setId("message-second");
        second.getStyleClass().add(Styles.MESSAGE_SECOND);
        second.setWrapText(true);
        first.textProperty().bind(Bindings.createStringBinding(() -> pick(ctx.message().get(), ctx.locale()),
                ctx.message(), ctx.session().locale()));
        second.textProperty().bind(Bindings.createStringBinding(() -> pick(ctx.message().get(), other(ctx.locale())),
                ctx.message(), ctx.session().locale()));
        Button ok = button("message.ok", "message-ok", () -> ctx.message().set(null));
        ok.getStyleClass().setAll("button", Styles.PRIMARY);
        Button call = button("frame.staff", "message-call-staff", ctx::callStaff);
        call.getStyleClass().setAll("button", Styles.PRIMARY, Styles.BUTTON_ALERT);
        call.visibleProperty().bind(Bindings.createBooleanBinding(() -> asksForStaff(ctx.message().get()), ctx.message()));
        call.managedProperty().bind(call.visibleProperty());
        javafx.scene.layout.FlowPane answers = new javafx.scene.layout.FlowPane(24, 16, ok, call);
        answers.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        answers.setAlignment(Pos.CENTER);
        VBox words = new VBox(20, first, second);
        words.setAlignment(Pos.CENTER);
        ScrollPane wordsScroll = new ScrollPane(words); // a long message scrolls; OK stays in sight
        wordsScroll.setFitToWidth(true);
        wordsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        wordsScroll.getStyleClass().add(Styles.CONTENT_SCROLL);
        wordsScroll.setMinHeight(0);
        VBox panel = new VBox(20, wordsScroll, answers);
        panel.setAlignment(Pos.CENTER);
        panel.getStyleClass().add(Styles.PANEL);
        panel.setMaxSize(1100, Region.USE_PREF_SIZE);
        panel.setMinHeight(0);
        panel.visibleProperty().bind(ctx.message().isNotNull());
        StackPane.setAlignment(panel, Pos.CENTER);
        StackPane shade = new StackPane(panel);
        shade.setPadding(new Insets(24));
        shade.setMinSize(0, 0);
        shade.getStyleClass().add(Styles.SHADE);
        shade.visibleProperty().bind(ctx.message().isNotNull());
        return shade;
    }

    /** A message that tells the resident to ask the staff (and is not the answer to a call) offers the call button. */
    static boolean asksForStaff(Bilingual b) {
        return b != null && b.zh() != null && b.zh().contains("工作人员") && !b.zh().equals(KioskContext.text("message.staff-called").zh());
    }

    private static String pick(Bilingual b, Locale l) {
        return b == null ? "" : "zh".equals(l.getLanguage()) ? b.zh() : b.en();
    }

    private Node busy() {
        ProgressIndicator p = new ProgressIndicator();
        p.setId("busy");
        p.setMaxSize(160, 160);
        p.visibleProperty().bind(ctx.busy());
        return p;
    }

    private VBox idleOverlay() {
        Label title = new Label();
        title.textProperty().bind(text("idle.title"));
        title.getStyleClass().add(Styles.MESSAGE);
        idleCount.setId("idle-count");
        idleCount.getStyleClass().add(Styles.COUNTDOWN);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Button stay = button("idle.stay", "idle-stay", this::stay);
        stay.getStyleClass().setAll("button", Styles.PRIMARY);
        stay.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        VBox box = new VBox(24, title, idleCount, stay);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll(Styles.IDLE_OVERLAY); // opaque: nothing of the page shows through the digits
        box.setId("idle-overlay");
        box.setVisible(false);
        box.setPadding(new Insets(40));
        return box;
    }

    static Locale other(Locale l) {
        return "zh".equals(l.getLanguage()) ? Text.EN : Text.ZH;
    }
}
