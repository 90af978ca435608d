package org.timestation.admin.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timestation.admin.staff.Refused;

/**
 * The console's one way to ask and to tell in a dialog, and to choose a file: every screen goes
 * through it, so tests can answer in its place ({@link Answers}) and the dialogs look the same.
 */
public class DialogService {
    /** What tests put in place of a person at the dialogs. */
    public interface Answers {
        boolean confirm(String title, String body);

        Optional<Path> saveAs(String title, String suggestedName);

        /** The file chosen to attach (a voucher's picture); empty: cancelled. */
        default Optional<Path> open(String title) {
            return Optional.empty();
        }

        /** A page sent to the printer: its title and lines. */
        default void print(String title, java.util.List<String> lines) {
            throw new UnsupportedOperationException("this test does not print");
        }

        /** A PDF sent to the printer (the bulletin, a report). */
        default void printPdf(String title, byte[] pdf) {
            throw new UnsupportedOperationException("this test does not print");
        }
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

    /** A picture to attach (a receipt, a bank slip); empty when the person cancels. */
    public Optional<Path> openPicture(String title) {
        if (answers != null) {
            return answers.open(title);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.t("dialog.pictures"), "*.jpg", "*.jpeg", "*.png", "*.pdf"));
        java.io.File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /**
     * Prints a page (a member's statement, a settlement): the title large, then the lines, laid out as a PDF
     * and printed on the printer the person chooses. Refused in words when this computer has no printer.
     */
    public void print(String title, java.util.List<String> lines, Runnable printed, java.util.function.Consumer<Refused> refused) {
        print(title, lines, false, printed, refused);
    }

    /** {@link #print(String, java.util.List, Runnable, java.util.function.Consumer)}, in large print (for an elder at the desk) when {@code large}. */
    public void print(String title, java.util.List<String> lines, boolean large, Runnable printed, java.util.function.Consumer<Refused> refused) {
        if (answers != null) {
            answers.print(title, lines);
            printed.run();
            return;
        }
        printPdf(title, org.timestation.admin.pdf.PdfDocs.lines(title, lines, large, text.chinese() ? "zh-CN" : "en",
                text.chinese() ? "第 %d 页，共 %d 页" : "Page %d of %d", java.time.Instant.now()), printed, refused);
    }

    /**
     * Prints a PDF (the bulletin, a report) as laid out, on the printer the person chooses in the system's
     * print dialog. The dialog and the printing run off the JavaFX thread (an AWT dialog on it froze the
     * console until the printer had the pages); {@code printed} or {@code refused} runs on the JavaFX thread
     * afterwards, neither when the person cancelled. Refused in words when this computer has no printer, or
     * the printing failed.
     */
    public void printPdf(String title, byte[] pdf, Runnable printed, java.util.function.Consumer<Refused> refused) {
        if (answers != null) {
            answers.printPdf(title, pdf);
            printed.run();
            return;
        }
        Thread t = new Thread(() -> {
            try {
                if (!org.timestation.admin.pdf.PdfPrinting.anyPrinter()) {
                    throw new Refused("这台电脑还没有设置打印机。请先在系统设置里添加打印机，再点打印。",
                            "This computer has no printer set up. Add a printer in the system settings, then print again.");
                }
                if (org.timestation.admin.pdf.PdfPrinting.printAsking(pdf, title)) { // false: the person cancelled
                    javafx.application.Platform.runLater(printed);
                }
            } catch (Refused r) {
                javafx.application.Platform.runLater(() -> refused.accept(r));
            } catch (java.io.IOException | java.awt.print.PrinterException | RuntimeException e) {
                Refused r = new Refused("打印没有完成（" + e.getMessage() + "）。请看看打印机有没有纸、是否开着，再试一次。",
                        "Printing did not finish (" + e.getMessage() + "). Check that the printer is on and has paper, then try again.");
                javafx.application.Platform.runLater(() -> refused.accept(r));
            }
        }, "print");
        t.setDaemon(true);
        t.start();
    }
}
