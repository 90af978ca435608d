package org.timestation.admin.ui;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every table of the console: it filters as you type (any column containing the words typed), says
 * "共 N 条", and exports what it shows to CSV for Excel ({@link Csv}). The columns give the text
 * shown, the text searched and the text exported alike.
 */
public final class FilterTable<T> extends VBox {
    /** A column: its header (already in the console's language) and the text of a row in it. */
    public record Column<T>(String header, Function<T, String> text, double width) {
    }

    private final TableView<T> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final Label status = new Label();
    private final List<Column<T>> columns;
    private final FilteredList<T> shown;
    private final ConsoleText text;
    private final Function<T, String> hidden;
    private T lastChosen;

    public FilterTable(String id, ObservableList<T> rows, List<Column<T>> columns, ConsoleText text, DialogService dialogs, Tasks tasks,
                       String exportName) {
        this(id, rows, columns, null, text, dialogs, tasks, exportName);
    }

    /**
     * The row chosen stays chosen when the rows are reloaded (after an act on it): the reloaded row with the
     * same {@code key} is chosen again, so staff can act on the same one twice without finding it again.
     */
    public FilterTable<T> keepChoiceBy(Function<T, ?> key) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                lastChosen = now;
            }
        });
        shown.getSource().addListener((javafx.collections.ListChangeListener<T>) c -> {
            if (lastChosen != null && table.getSelectionModel().getSelectedItem() == null) {
                Object wanted = key.apply(lastChosen);
                shown.stream().filter(r -> java.util.Objects.equals(key.apply(r), wanted)).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        return this;
    }

    /**
     * {@code hidden}: text a row is also found by but that is not shown (a full name or phone number
     * behind its masked form), or null.
     */
    public FilterTable(String id, ObservableList<T> rows, List<Column<T>> columns, Function<T, String> hidden, ConsoleText text,
                       DialogService dialogs, Tasks tasks, String exportName) {
        this.columns = List.copyOf(columns);
        this.hidden = hidden;
        this.text = text;
        setId(id);
        shown = new FilteredList<>(rows, r -> true);
        table.setItems(shown);
        table.setId(id + "-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(text.t("table.empty")));
        for (Column<T> c : columns) {
            TableColumn<T, String> col = new TableColumn<>(c.header());
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(c.text().apply(cell.getValue())));
            col.setCellFactory(FilterTable::wrapping); // a long text takes more lines, never "…": what is cut off cannot be read
            col.setPrefWidth(c.width());
            table.getColumns().add(col);
        }
        filter.setId(id + "-filter");
        filter.setPromptText(text.t("table.filter"));
        filter.textProperty().addListener((o, was, now) -> shown.setPredicate(matching(now)));
        HBox.setHgrow(filter, Priority.ALWAYS);
        count.setId(id + "-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> text.t("table.count", shown.size()),
                shown, text.locale()));
        Button export = new Button(text.t("table.export"));
        export.setId(id + "-export");
        export.setOnAction(e -> export(dialogs, tasks, exportName));
        HBox bar = new HBox(12, filter, count, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        status.setId(id + "-status");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, status, table);
        setSpacing(10);
        setPadding(new Insets(0));
    }

    /**
     * A cell whose text wraps to the column's width (the row grows) instead of ending in "…". The cell keeps
     * its text (what tests and screen readers read); a wrapping text node shows it, in the cell's font.
     */
    private static <T> javafx.scene.control.TableCell<T, String> wrapping(TableColumn<T, String> column) {
        javafx.scene.control.TableCell<T, String> cell = new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text shown = new javafx.scene.text.Text();

            {
                shown.getStyleClass().add("cell-text");
                shown.wrappingWidthProperty().bind(column.widthProperty().subtract(14)); // the column's width is known before the row is laid out
                shown.fontProperty().bind(fontProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                shown.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : shown);
            }
        };
        return cell;
    }

    private java.util.function.Predicate<T> matching(String typed) {
        String[] words = typed == null ? new String[0] : typed.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return row -> {
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                String secret = hidden == null ? null : hidden.apply(row);
                boolean any = secret != null && secret.toLowerCase(Locale.ROOT).contains(w);
                for (Column<T> c : columns) {
                    String v = c.text().apply(row);
                    if (v != null && v.toLowerCase(Locale.ROOT).contains(w)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        };
    }

    public TableView<T> table() {
        return table;
    }

    public TextField filter() {
        return filter;
    }

    /** Gives the filter the keyboard once the table is shown: on a list screen a person starts by typing who they look for. */
    public void focusFilter() {
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(filter::requestFocus);
            }
        });
    }

    /** The CSV of what the table shows now (filtered), headers first. */
    public byte[] csv() {
        List<String> headers = columns.stream().map(Column::header).toList();
        List<List<String>> rows = new ArrayList<>();
        for (T r : shown) {
            rows.add(columns.stream().map(c -> c.text().apply(r)).toList());
        }
        return Csv.write(headers, rows);
    }

    private void export(DialogService dialogs, Tasks tasks, String exportName) {
        byte[] bytes = csv();
        dialogs.saveAs(text.t("table.export"), exportName + ".csv").ifPresent(path -> tasks.run(() -> {
            try {
                java.nio.file.Path tmp = Files.createTempFile(path.toAbsolutePath().getParent(), ".export", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return path;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, done -> status.setText(text.t("table.exported", done.toAbsolutePath())),
                failed -> status.setText(text.t("table.export-failed", failed.getMessage()))));
    }
}
