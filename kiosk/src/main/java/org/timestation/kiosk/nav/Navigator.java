package org.timestation.kiosk.nav;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which screen is showing, and the way back: Back pops one screen, Home goes to the home screen, sign-out to the attract screen. */
public final class Navigator {
    public static final String ATTRACT = "attract";
    public static final String HOME = "home";
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final Deque<Screen> stack = new ArrayDeque<>();
    private final SimpleObjectProperty<Screen> current = new SimpleObjectProperty<>();
    private final javafx.beans.property.SimpleBooleanProperty backable = new javafx.beans.property.SimpleBooleanProperty();

    private final Map<String, java.util.function.Supplier<? extends Screen>> later = new LinkedHashMap<>();

    public void register(Screen s) {
        screens.put(s.id(), s);
    }

    /** A screen built when first needed (or by {@link #buildAll}): the attract screen shows sooner at start. */
    public void register(String id, java.util.function.Supplier<? extends Screen> build) {
        later.put(id, build);
    }

    /** Builds every screen not built yet (the shell calls it just after the first frame). */
    public void buildAll() {
        for (String id : java.util.List.copyOf(later.keySet())) {
            screen(id);
        }
    }

    public ReadOnlyObjectProperty<Screen> current() {
        return current;
    }

    public Screen screen(String id) {
        java.util.function.Supplier<? extends Screen> build = later.remove(id);
        if (build != null) {
            Screen built = build.get();
            if (!built.id().equals(id)) {
                throw new IllegalStateException("screen " + built.id() + " registered as " + id);
            }
            screens.put(id, built);
        }
        Screen s = screens.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no screen " + id);
        }
        return s;
    }

    /** Shows {@code id} on top of the current screen. */
    public void go(String id) {
        Screen s = screen(id);
        if (s == current.get()) {
            s.onActivate();
            return;
        }
        if (current.get() != null) {
            stack.push(current.get());
        }
        show(s);
    }

    /** One screen back; never from home back to the attract screen (that is sign-out). */
    public void back() {
        if (current.get() != null && current.get().back()) {
            return;
        }
        if (!canGoBack()) {
            return;
        }
        show(stack.pop());
    }

    public boolean canGoBack() {
        return !stack.isEmpty() && stack.peek() != screens.get(ATTRACT);
    }

    /** Whether Back has somewhere to go (the frame shows the button only then). */
    public javafx.beans.value.ObservableBooleanValue backable() {
        return backable;
    }

    /** The home screen, with nothing to go back to. */
    public void home() {
        stack.clear();
        stack.push(screen(ATTRACT));
        show(screen(HOME));
    }

    /** Back to the attract screen; every screen forgets what it showed. */
    public void reset() {
        stack.clear();
        screens.values().forEach(Screen::clear);
        show(screen(ATTRACT));
    }

    private void show(Screen s) {
        Screen was = current.get();
        if (was != null && was != s) {
            was.onDeactivate(); // the screen left stops what runs for it before the next one starts
        }
        backable.set(canGoBack());
        current.set(s);
        s.onActivate();
    }

    public Iterable<Screen> all() {
        return screens.values();
    }
}
