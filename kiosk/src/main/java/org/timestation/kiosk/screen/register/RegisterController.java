package org.timestation.kiosk.screen.register;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.device.CardData;
import org.timestation.kiosk.nav.KioskContext;
import org.timestation.kiosk.nav.Screen;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.NumberPad;
import org.timestation.member.IdNumber;
import org.timestation.member.Registration;
import org.timestation.member.Role;

/**
 * 自助登记 for a card the station does not know: the card's data, the phone on our pad, a PIN typed
 * twice, whether they also want to volunteer (then the pledge is shown); the application waits for
 * the staff. The card data is held only while this screen is open. (Its model is the fields below.)
 */
public final class RegisterController implements Screen {
    enum Step { PHONE, PIN, PIN_AGAIN, VOLUNTEER, PLEDGE, DONE }

    private final KioskContext ctx;
    private final ObjectProperty<CardData> card = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PHONE);
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final BooleanProperty volunteer = new SimpleBooleanProperty();
    private final HBox root;

    public RegisterController(KioskContext ctx) {
        this.ctx = ctx;
        backHome.setOnFinished(e -> {
            if (step.get() == Step.DONE && ctx.nav().current().get() == this) {
                leave();
            }
        });
        var s = ctx.session();
        Label who = Ui.label(Ui.text(s, () -> card.get() == null ? "" : ctx.t("register.card", card.get().name(),
                IdNumber.parse(card.get().idNumber()).masked()), card), Styles.BODY, "register-card");
        Label question = Ui.label(Ui.text(s, () -> ctx.t("register.q." + step.get().name().toLowerCase(java.util.Locale.ROOT)), step),
                Styles.HEADING, "register-question");
        Label typed = Ui.label(Ui.text(s, () -> switch (step.get()) {
            case PHONE -> phone.get().isEmpty() ? "—" : phone.get();
            case PIN -> dots(pin.get());
            case PIN_AGAIN -> dots(pinAgain.get());
            default -> "";
        }, step, phone, pin, pinAgain), Styles.BIG_NUMBER, "register-typed");
        Button next = Ui.button(Ui.text(s, "signin.next"), Styles.PRIMARY, "register-next", () -> step.set(Step.PIN));
        next.visibleProperty().bind(step.isEqualTo(Step.PHONE));
        next.disableProperty().bind(phone.length().lessThan(11));
        next.managedProperty().bind(next.visibleProperty());
        typed.visibleProperty().bind(step.isEqualTo(Step.PHONE).or(step.isEqualTo(Step.PIN)).or(step.isEqualTo(Step.PIN_AGAIN)));
        typed.managedProperty().bind(typed.visibleProperty());
        Button yes = Ui.button(Ui.text(s, "register.volunteer-yes"), Styles.PRIMARY, "register-volunteer-yes", () -> step.set(Step.PLEDGE));
        Button no = Ui.button(Ui.text(s, "register.volunteer-no"), Styles.PRIMARY, "register-volunteer-no", () -> submit(false));
        HBox choice = new HBox(32, yes, no);
        choice.visibleProperty().bind(step.isEqualTo(Step.VOLUNTEER));
        choice.managedProperty().bind(choice.visibleProperty());
        Label pledge = Ui.label(Ui.text(s, "register.pledge"), Styles.BODY, "register-pledge");
        pledge.getStyleClass().add(org.timestation.kiosk.theme.Styles.SUMMARY);
        Button promise = Ui.button(Ui.text(s, "register.promise"), Styles.PRIMARY, "register-promise", () -> submit(true));
        VBox pledgeBox = new VBox(24, pledge, promise);
        pledgeBox.visibleProperty().bind(step.isEqualTo(Step.PLEDGE));
        pledgeBox.managedProperty().bind(pledgeBox.visibleProperty());
        Button cancel = Ui.button(Ui.text(s, "register.cancel"), Styles.BUTTON, "register-cancel", this::leave);
        cancel.getStyleClass().add(Styles.BUTTON_NAV);
        cancel.visibleProperty().bind(step.isNotEqualTo(Step.DONE)); // once sent, nothing reads like "cancel my application"
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label next1 = Ui.label(Ui.text(s, "register.what-next"), Styles.BODY, "register-what-next");
        Button finished = Ui.button(Ui.text(s, "register.finished"), Styles.PRIMARY, "register-finished", this::leave);
        VBox doneBox = new VBox(24, next1, finished);
        doneBox.visibleProperty().bind(step.isEqualTo(Step.DONE));
        doneBox.managedProperty().bind(doneBox.visibleProperty());
        VBox left = new VBox(24, who, question, typed, next, choice, pledgeBox, doneBox, cancel);
        left.setPrefWidth(960);
        Node pad = NumberPad.create(s, "rpad", this::key);
        pad.visibleProperty().bind(step.isEqualTo(Step.PHONE).or(step.isEqualTo(Step.PIN)).or(step.isEqualTo(Step.PIN_AGAIN)));
        root = new HBox(60, left, pad);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(32));
        root.setId("register-screen");
    }

    private static String dots(String p) {
        return "●".repeat(p.length()) + "○".repeat(6 - p.length());
    }

    /** An unknown card was tapped: start a registration with its data. */
    @Override
    public boolean onNewCard(CardData data) {
        begin(data);
        return true;
    }

    private void begin(CardData data) {
        clear();
        if (data.expiredOn(ctx.now().toLocalDate())) { // checked as the card is read: nobody types a phone and a PIN for nothing
            ctx.message().set(new org.timestation.text.DomainException(org.timestation.text.ErrorCode.ID_CARD_EXPIRED, data.validTo()).text());
            return;
        }
        card.set(data);
        ctx.nav().go(id());
    }

    private void key(int k) {
        switch (step.get()) {
            case PHONE -> NumberPad.type(phone, k, 11);
            case PIN -> {
                if (NumberPad.type(pin, k, 6)) {
                    step.set(Step.PIN_AGAIN);
                }
            }
            case PIN_AGAIN -> {
                if (NumberPad.type(pinAgain, k, 6)) {
                    step.set(Step.VOLUNTEER);
                }
            }
            default -> { }
        }
    }

    private void submit(boolean asVolunteer) {
        volunteer.set(asVolunteer);
        CardData c = card.get();
        Set<Role> roles = asVolunteer ? EnumSet.of(Role.MEMBER, Role.VOLUNTEER) : EnumSet.of(Role.MEMBER);
        Registration r = new Registration(c.name(), c.gender(), c.birth(), c.address(), c.idNumber(), phone.get(), roles, c.validTo());
        String p1 = pin.get();
        String p2 = pinAgain.get();
        ctx.run(community -> community.members().apply(r, p1, p2), done -> {
            card.set(null);
            step.set(Step.DONE);
            backHome.playFromStart(); // the attract screen again after a while, for the next person
            ctx.say(KioskContext.text("register.done"));
        }, refused -> {
            pin.set("");
            pinAgain.set("");
            step.set(refused.code() == org.timestation.text.ErrorCode.MALFORMED_PHONE ? Step.PHONE : Step.PIN);
        });
    }

    /** How long the "what happens next" screen stays before the attract screen comes back. */
    private final javafx.animation.PauseTransition backHome = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(30));

    private void leave() {
        backHome.stop();
        clear();
        ctx.nav().reset();
    }

    @Override
    public String id() {
        return "register";
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void onActivate() {
    }

    @Override
    public String speech() {
        return ctx.t("register.q." + step.get().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void clear() {
        card.set(null);
        phone.set("");
        pin.set("");
        pinAgain.set("");
        volunteer.set(false);
        step.set(Step.PHONE);
    }
}
