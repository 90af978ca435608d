package org.timestation.admin.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state every screen that acts on a list shares: its rows, whether an act is running, and what the
 * last act came to (a result or a refusal). A screen's model extends it.
 */
public class ActionState<R> {
    public final ObservableList<R> rows = FXCollections.observableArrayList();
    public final StringProperty result = new SimpleStringProperty("");
    public final StringProperty refusal = new SimpleStringProperty("");
    public final BooleanProperty working = new SimpleBooleanProperty(false);

    /**
     * Runs {@code work} (an act, returning what to say) and then {@code reload} on the task executor;
     * back on the FX thread the rows are replaced and the result said, or the refusal shown.
     */
    public static <R> void act(ActionState<R> state, Tasks tasks, ConsoleText text, Supplier<String> work, Supplier<List<R>> reload) {
        state.working.set(true);
        state.result.set("");
        state.refusal.set("");
        tasks.run(() -> java.util.Map.entry(work.get(), reload.get()), done -> {
            state.working.set(false);
            state.rows.setAll(done.getValue());
            state.result.set(done.getKey());
        }, failed -> {
            state.working.set(false);
            state.refusal.set(text.why(failed));
        });
    }
}
