package org.timestation.admin.app.signin;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;

/** Lays out the sign-in form (or the first start's) for the model's mode, and binds; each button makes one controller call. */
final class SignInView {
    private final SignInModel model;
    private final SignInController controller;
    private final ConsoleText text;
    private final StackPane root = new StackPane();

    SignInView(SignInModel model, SignInController controller, ConsoleText text) {
        this.model = model;
        this.controller = controller;
        this.text = text;
        root.setId("signin");
        root.getStyleClass().add("signin");
        model.mode.addListener((o, was, now) -> show(now));
        show(model.mode.get());
    }

    Node root() {
        return root;
    }

    private void show(SignInModel.Mode mode) {
        VBox card = new VBox(16);
        card.getStyleClass().add("card");
        card.setMaxWidth(640);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setPadding(new Insets(32));
        Label title = new Label();
        title.getStyleClass().add("title");
        Label lead = new Label();
        lead.setWrapText(true);
        lead.getStyleClass().add("lead");
        card.getChildren().addAll(title, lead);
        switch (mode) {
            case LOADING -> {
                title.setText(text.t("app.title"));
                lead.setText(text.t("signin.loading"));
                card.getChildren().add(new ProgressIndicator());
            }
            case SIGN_IN -> {
                title.setText(text.t("signin.title"));
                lead.setText(text.t("signin.lead"));
                ComboBox<SignInModel.Person> who = people("signin-who");
                PasswordField password = password("signin-password");
                Button go = button("signin-go", text.t("signin.go"));
                go.setOnAction(e -> controller.signIn(who.getValue(), password.getText()));
                focusFirst(who.getValue() == null ? who : password);
                password.setOnAction(e -> controller.signIn(who.getValue(), password.getText()));
                card.getChildren().addAll(form(new String[] {"signin.who", "signin.password"}, who, password), go);
            }
            case CLAIM -> {
                title.setText(text.t("first.title"));
                lead.setText(text.t("first.claim-lead"));
                ComboBox<SignInModel.Person> who = people("first-who");
                PasswordField password = password("first-password");
                PasswordField again = password("first-again");
                Button go = button("first-go", text.t("first.go"));
                go.setOnAction(e -> controller.claim(who.getValue(), password.getText(), again.getText()));
                card.getChildren().addAll(form(new String[] {"first.manager", "first.password", "first.again"}, who, password, again), go);
            }
            case REGISTER -> {
                title.setText(text.t("first.title"));
                lead.setText(text.t("first.register-lead"));
                TextField name = field("first-name");
                TextField id = field("first-id");
                TextField phone = field("first-phone");
                TextField address = field("first-address");
                PasswordField password = password("first-password");
                PasswordField again = password("first-again");
                Button go = button("first-go", text.t("first.go"));
                go.setOnAction(e -> controller.register(name.getText(), id.getText(), phone.getText(), address.getText(), password.getText(),
                        again.getText()));
                card.getChildren().addAll(form(new String[] {"first.name", "first.id", "first.phone", "first.address", "first.password",
                        "first.again"}, name, id, phone, address, password, again), go);
            }
        }
        Label message = new Label();
        message.setId("signin-message");
        message.getStyleClass().add("refusal");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        message.managedProperty().bind(model.message.isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(32, 32);
        busy.visibleProperty().bind(model.working);
        busy.managedProperty().bind(model.working);
        card.getChildren().addAll(message, busy);
        card.getChildren().stream().filter(n -> n instanceof Button).forEach(b -> ((Button) b).disableProperty().bind(model.working));
        Label app = new Label(text.t("app.title"));
        app.getStyleClass().add("app-title");
        VBox column = new VBox(24, app, card);
        column.setAlignment(Pos.CENTER);
        column.setMaxWidth(640);
        root.getChildren().setAll(column);
        StackPane.setAlignment(column, Pos.CENTER);
    }

    /** The first field to fill has the keyboard: a person can choose, type and press Enter without the mouse. */
    private static void focusFirst(Node n) {
        javafx.application.Platform.runLater(n::requestFocus);
    }

    private GridPane form(String[] labels, Node... fields) {
        GridPane g = new GridPane();
        g.setHgap(16);
        g.setVgap(12);
        for (int i = 0; i < fields.length; i++) {
            Label l = new Label(text.t(labels[i]));
            l.setLabelFor(fields[i]);
            g.addRow(i, l, fields[i]);
        }
        return g;
    }

    private ComboBox<SignInModel.Person> people(String id) { // not static: the prompt is in the console's language
        ComboBox<SignInModel.Person> c = new ComboBox<>(model.people);
        c.setId(id);
        c.setPrefWidth(380);
        c.setPromptText(text.t("signin.choose-prompt"));
        if (model.people.size() == 1) {
            c.getSelectionModel().select(0);
        }
        return c;
    }

    private static PasswordField password(String id) {
        PasswordField p = new PasswordField();
        p.setId(id);
        p.setPrefWidth(380);
        return p;
    }

    private static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefWidth(380);
        return t;
    }

    private static Button button(String id, String label) {
        Button b = new Button(label);
        b.setId(id);
        b.setDefaultButton(true);
        b.getStyleClass().add("primary");
        return b;
    }
}
