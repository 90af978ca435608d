package org.timestation.kiosk.widget;

import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/**
 * Rating help in up to three taps, one question at a time: the stars; for four or five, a thank-you
 * chosen from a few set phrases (nobody types on a kiosk) or "no, thanks"; for a phrase, whether it
 * may be printed in the monthly bulletin. One to three stars are passed on at once, with no text.
 * Ids: {@code prefix-star-N}, {@code prefix-thanks-N} (1 to {@link #PHRASES}), {@code prefix-thanks-skip},
 * {@code prefix-share-yes}, {@code prefix-share-no}.
 */
public final class RatingSteps {
    /** What the resident chose: the stars, the phrase (null for none) and whether it may be printed. */
    public record Rating(int stars, String text, boolean share) {
    }

    /** How many set phrases are offered: {@code thanks.phrase-1} … */
    public static final int PHRASES = 4;

    private final VBox root;
    private final IntegerProperty stars = new SimpleIntegerProperty(0);
    private final StringProperty phrase = new SimpleStringProperty();

    /** {@code hintKey}: the line under the stars (one star is poor, five excellent). */
    public RatingSteps(Session s, String prefix, String hintKey, Consumer<Rating> done) {
        HBox starRow = StarRow.create(prefix, n -> {
            if (n >= 4) {
                stars.set(n); // on to the thank-you
            } else {
                done.accept(new Rating(n, null, false));
            }
        });
        VBox starStep = new VBox(20, starRow, Ui.label(Ui.text(s, hintKey), Styles.BODY, prefix + "-rate-hint"));
        showWhen(starStep, stars.isEqualTo(0));

        FlowPane phrases = new FlowPane(20, 20);
        for (int i = 1; i <= PHRASES; i++) {
            String key = "thanks.phrase-" + i;
            Button b = Ui.button(Ui.text(s, key), Styles.KEY, prefix + "-thanks-" + i, () -> phrase.set(Ui.text(s, key).get()));
            b.setWrapText(true);
            phrases.getChildren().add(b);
        }
        Button skip = Ui.button(Ui.text(s, "thanks.skip"), Styles.KEY, prefix + "-thanks-skip", () -> finish(done, null, false));
        skip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never wrapped to a word a line
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox question = new HBox(20, Ui.label(Ui.text(s, "thanks.question"), Styles.HEADING, prefix + "-thanks-question"), gap, skip);
        question.setAlignment(javafx.geometry.Pos.CENTER_LEFT); // "no, just the stars" beside the question: all of it fits at 1280×800
        VBox thanksStep = new VBox(20, question, phrases);
        showWhen(thanksStep, stars.greaterThan(0).and(phrase.isNull()));

        Label shareQuestion = Ui.label(Ui.text(s, () -> phrase.get() == null ? "" : Ui.text(s, "thanks.share-question").get()
                .replace("{0}", phrase.get()), phrase), Styles.HEADING, prefix + "-share-question");
        shareQuestion.setWrapText(true);
        Button yes = Ui.button(Ui.text(s, "thanks.share-yes"), Styles.PRIMARY, prefix + "-share-yes", () -> finish(done, phrase.get(), true));
        Button no = Ui.button(Ui.text(s, "thanks.share-no"), Styles.KEY, prefix + "-share-no", () -> finish(done, phrase.get(), false));
        VBox shareStep = new VBox(20, shareQuestion, Ui.label(Ui.text(s, "thanks.share-hint"), Styles.BODY, prefix + "-share-hint"),
                new HBox(24, yes, no));
        showWhen(shareStep, phrase.isNotNull());

        root = new VBox(20, starStep, thanksStep, shareStep);
    }

    private void finish(Consumer<Rating> done, String text, boolean share) {
        Rating r = new Rating(stars.get(), text, share);
        reset();
        done.accept(r);
    }

    /** Back to the stars (another request to rate, or the resident left). */
    public void reset() {
        stars.set(0);
        phrase.set(null);
    }

    public Node root() {
        return root;
    }

    /** True once the stars are given: the screen hides its own question above, so the next one fits without scrolling. */
    public javafx.beans.binding.BooleanBinding pastTheStars() {
        return stars.greaterThan(0);
    }

    private static void showWhen(Node n, javafx.beans.binding.BooleanExpression when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(n.visibleProperty());
    }
}
