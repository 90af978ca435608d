package org.timestation.admin.app.members;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.FilterTable;
import org.timestation.admin.ui.Forms;
import org.timestation.admin.ui.Tasks;
import org.timestation.catalogue.ServiceType;
import org.timestation.member.Role;

/** The members' table (filter, count, CSV), and below it the chosen member: roles, hardship, volunteer profile, statement. */
final class MembersView {
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final VBox detail = new VBox(12);
    private final MembersModel model;
    private final MembersController controller;
    private final ConsoleText text;

    MembersView(MembersModel model, MembersController controller, ConsoleText text, DialogService dialogs, Tasks tasks) {
        this.model = model;
        this.controller = controller;
        this.text = text;
        Label title = Forms.page(root, content, "members", text.t("members.title"));
        Label hint = new Label(text.t("members.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        FilterTable<MemberRow> table = new FilterTable<>("members", model.rows, List.of(
                new FilterTable.Column<>(text.t("members.id"), MemberRow::id, 110),
                new FilterTable.Column<>(text.t("members.name"), MemberRow::maskedName, 110),
                new FilterTable.Column<>(text.t("members.phone"), MemberRow::maskedPhone, 140),
                new FilterTable.Column<>(text.t("members.roles"), MemberRow::roles, 220),
                new FilterTable.Column<>(text.t("members.balance"), MemberRow::balance, 120),
                new FilterTable.Column<>(text.t("members.registered"), MemberRow::registered, 130)),
                MemberRow::searchKey, text, dialogs, tasks, text.t("members.export-name"));
        table.filter().setPromptText(text.t("members.filter"));
        table.focusFilter();
        table.setPrefHeight(320);
        table.table().getSelectionModel().selectedItemProperty().addListener((o, was, row) -> controller.choose(row));
        // a card on the desk reader found someone: the table narrows to them
        model.found.addListener((o, was, id) -> {
            if (!id.isEmpty()) {
                table.filter().setText(id);
                table.table().getItems().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> table.table().getSelectionModel().select(r));
            }
        });
        Label reader = new Label();
        reader.setId("members-reader");
        reader.setWrapText(true);
        reader.textProperty().bind(model.reader);
        HBox readerLine = new HBox(16, reader);
        readerLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!model.demoCards.isEmpty()) { // demo mode: lay a demo person's card on the simulated reader
            javafx.scene.control.MenuButton demo = new javafx.scene.control.MenuButton(text.t("members.demo-card"));
            demo.setId("members-demo-card");
            for (int i = 0; i < model.demoCards.size(); i++) {
                int index = i;
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text.t("members.demo-card-of", model.demoCards.get(i)));
                item.setId("members-demo-card-" + i);
                item.setOnAction(e -> controller.demoCard(index));
                demo.getItems().add(item);
            }
            readerLine.getChildren().add(demo);
        }
        Label[] said = Forms.outcome("members", model);
        detail.setId("members-detail");
        model.chosen.addListener((o, was, now) -> showDetail(now));
        showDetail(model.chosen.get());
        content.getChildren().addAll(title, hint, readerLine, table, said[0], said[1], detail);
    }

    private void showDetail(MembersModel.Detail d) {
        detail.getChildren().clear();
        if (d == null) {
            Label none = new Label(text.t("members.none-chosen"));
            none.getStyleClass().add("muted");
            detail.getChildren().add(none);
            return;
        }
        Label who = new Label(text.t("members.chosen", d.maskedName(), d.id(), d.balance()));
        who.setId("members-chosen");
        who.getStyleClass().add("section-title");

        FlowPane roleBoxes = new FlowPane(16, 8);
        for (Role r : MembersController.CHANGED_HERE) {
            CheckBox b = new CheckBox(text.t("role." + r.name().toLowerCase(Locale.ROOT)));
            b.setId("members-role-" + r.name().toLowerCase(Locale.ROOT));
            b.setSelected(d.roles().contains(r));
            b.setUserData(r);
            roleBoxes.getChildren().add(b);
        }
        Label elsewhere = new Label(text.t("members.roles-elsewhere"));
        elsewhere.getStyleClass().add("muted");
        elsewhere.setWrapText(true);
        TextField rolesReason = Forms.field("members-roles-reason", text.t("members.reason-prompt"), 420);
        Button saveRoles = button("members-save-roles", text.t("members.save-roles"));
        saveRoles.setOnAction(e -> controller.saveRoles(selected(roleBoxes, Role.class), rolesReason.getText()));

        CheckBox hardship = new CheckBox(text.t("members.hardship"));
        hardship.setId("members-hardship");
        hardship.setSelected(d.hardship());
        hardship.setWrapText(true);
        TextField hardshipReason = Forms.field("members-hardship-reason", text.t("members.reason-prompt"), 420);
        Button saveHardship = button("members-save-hardship", text.t("members.save-hardship"));
        saveHardship.setOnAction(e -> controller.setHardship(hardship.isSelected(), hardshipReason.getText()));

        CheckBox bulletin = new CheckBox(text.t("members.bulletin"));
        bulletin.setId("members-bulletin");
        bulletin.setSelected(d.nameInBulletin());
        bulletin.setWrapText(true);
        TextField bulletinReason = Forms.field("members-bulletin-reason", text.t("members.bulletin-reason-prompt"), 420);
        Button saveBulletin = button("members-save-bulletin", text.t("members.save-bulletin"));
        saveBulletin.setOnAction(e -> controller.setBulletinName(bulletin.isSelected(), bulletinReason.getText()));

        detail.getChildren().addAll(who, Forms.section(text.t("members.roles-title")), roleBoxes, elsewhere,
                Forms.form(text.all("team.reason"), rolesReason), saveRoles,
                Forms.section(text.t("members.hardship-title")), hardship, Forms.form(text.all("team.reason"), hardshipReason), saveHardship,
                Forms.section(text.t("members.bulletin-title")), bulletin, Forms.form(text.all("team.reason"), bulletinReason), saveBulletin);

        if (d.volunteer() != null || d.roles().contains(Role.VOLUNTEER)) {
            MembersModel.Volunteer v = d.volunteer() == null ? new MembersModel.Volunteer(Set.of(), false, false, false, false) : d.volunteer();
            CheckBox verified = check("members-verified", text.t("members.verified"), v.verified());
            CheckBox pledge = check("members-pledge", text.t("members.pledge"), v.pledgeSigned());
            CheckBox clean = check("members-clean", text.t("members.clean"), v.cleanRecord());
            CheckBox suspended = check("members-suspended", text.t("members.suspended"), v.suspended());
            FlowPane skills = new FlowPane(16, 8);
            for (ServiceType t : ServiceType.values()) {
                CheckBox b = check("members-skill-" + t.name().toLowerCase(Locale.ROOT), text.core(t.textKey()), v.services().contains(t));
                b.setUserData(t);
                skills.getChildren().add(b);
            }
            TextField volunteerReason = Forms.field("members-volunteer-reason", text.t("members.reason-prompt"), 420);
            Button saveVolunteer = button("members-save-volunteer", text.t("members.save-volunteer"));
            saveVolunteer.setOnAction(e -> controller.saveVolunteer(new MembersModel.Volunteer(selected(skills, ServiceType.class), verified.isSelected(),
                    pledge.isSelected(), clean.isSelected(), suspended.isSelected()), volunteerReason.getText()));
            detail.getChildren().addAll(Forms.section(text.t("members.volunteer-title")), new FlowPane(16, 8, verified, pledge, clean, suspended),
                    Forms.label(text.t("members.skills")), skills, Forms.form(text.all("team.reason"), volunteerReason), saveVolunteer);
        }

        TextArea statement = new TextArea(d.statement().isEmpty() ? text.t("members.statement-empty") : String.join("\n", d.statement()));
        statement.setId("members-statement");
        statement.setEditable(false);
        statement.setPrefRowCount(8);
        Button print = button("members-print", text.t("members.print"));
        print.setOnAction(e -> controller.printStatement());
        detail.getChildren().addAll(Forms.section(text.t("members.statement-title")), statement, new HBox(12, print));
    }

    private Button button(String id, String label) {
        Button b = new Button(label);
        b.setId(id);
        b.disableProperty().bind(model.working);
        return b;
    }

    private static CheckBox check(String id, String label, boolean selected) {
        CheckBox b = new CheckBox(label);
        b.setId(id);
        b.setSelected(selected);
        return b;
    }

    private static <E extends Enum<E>> Set<E> selected(FlowPane boxes, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (Node n : boxes.getChildren()) {
            if (n instanceof CheckBox b && b.isSelected()) {
                out.add(type.cast(b.getUserData()));
            }
        }
        return out;
    }

    Node root() {
        return root;
    }
}
