package org.timestation.admin.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The console's one way to ask and to tell in a dialog, and to choose a file: every screen goes
 * through it, so tests can answer in its place ({@link Answers}) and the dialogs look the same.
 */
public class DialogService {
    /** What tests put in place of a person at the dialogs. */
    public interface Answers {
        boolean confirm(String title, String body);

        Optional<Path> saveAs(String title, String suggestedName);
    }

    private final ConsoleText text;
    private Window owner;
    private Answers answers;

    public DialogService(ConsoleText text) {
        this.text = text;
    }

    public void owner(Window owner) {
        this.owner = owner;
    }

    /** Tests answer the dialogs (null: a person does). */
    public void answerWith(Answers answers) {
        this.answers = answers;
    }

    /** Asks before an act that changes the ledger: the body says what it will do to whom. */
    public boolean confirm(String title, String body) {
        if (answers != null) {
            return answers.confirm(title, body);
        }
        ButtonType yes = new ButtonType(text.t("dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, body, yes, no);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    /** Where to save an export (a CSV, a PDF); empty when the person cancels. */
    public Optional<Path> saveAs(String title, String suggestedName) {
        if (answers != null) {
            return answers.saveAs(title, suggestedName);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        java.io.File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }
}
