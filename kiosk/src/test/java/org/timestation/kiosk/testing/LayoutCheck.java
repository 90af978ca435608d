package org.timestation.kiosk.testing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.kiosk.theme.Styles;

/**
 * What a resident with poor eyesight needs of every screen: the top bar whole inside the window;
 * every visible button inside the window (or inside a page that scrolls, across its whole width),
 * at least 64 px tall, its label not cut short with an ellipsis; no label cut short either; and every
 * page or list taller than its window shows a scroll bar at least 32 px wide.
 */
public final class LayoutCheck {
    public static final double MIN_TOUCH = 64;

    private LayoutCheck() {
    }

    /** Every problem on the scene as it is now, one line each (empty when it fits). */
    public static List<String> problems(Scene scene) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> check(scene)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> check(Scene scene) {
        List<String> out = new ArrayList<>();
        double w = scene.getWidth();
        double h = scene.getHeight();
        Node top = scene.lookup("#top-bar");
        if (top == null || !inside(bounds(top), w, h)) {
            out.add("top bar not inside the " + (int) w + "×" + (int) h + " window: " + (top == null ? "missing" : bounds(top)));
        }
        Node page = scene.lookup("#content-scroll");
        Node bottom = scene.lookup("#bottom-bar");
        if (page != null && top != null && bottom != null) {
            Bounds pb = layout(page);
            if (pb.getMinY() < layout(top).getMaxY() - 0.5 || pb.getMaxY() > layout(bottom).getMinY() + 0.5) {
                out.add("the scrolling page " + pb + " reaches under the top bar or the footer: content there is hidden and cannot be scrolled to");
            }
        }
        for (Node n : visible(scene.getRoot())) { // the frame's page and every list that scrolls inside a screen
            if (n instanceof ScrollPane sp && sp.getContent() != null
                    && sp.getContent().getLayoutBounds().getHeight() > sp.getViewportBounds().getHeight() + 0.5) {
                boolean bar = sp.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof javafx.scene.control.ScrollBar s
                        && s.getParent() != null && scrolledInOrSelf(s) == sp
                        && s.getOrientation() == javafx.geometry.Orientation.VERTICAL && s.isVisible() && s.getWidth() >= 32 - 0.5);
                if (!bar) {
                    out.add((sp == page ? "the page" : "the list " + (sp.getId() == null ? sp.getStyleClass() : "#" + sp.getId()))
                            + " is taller than its window (" + Math.round(sp.getContent().getLayoutBounds().getHeight()) + " px in "
                            + Math.round(sp.getViewportBounds().getHeight()) + ") but shows no scroll bar at least 32 px wide");
                }
            }
        }
        for (Node n : visible(scene.getRoot())) {
            if (n instanceof Labeled l && !(n instanceof ButtonBase) && l.getText() != null && !l.getText().isEmpty()) {
                String shown = shownText(l);
                if (shown != null && !shown.replace("\n", "").equals(l.getText().replace("\n", ""))) {
                    out.add((l.getId() == null ? "a label" : "#" + l.getId()) + " «" + l.getText() + "» cut short: shows «" + shown + "»");
                }
                int lines = l.getStyleClass().contains(Styles.BIG_NUMBER) && !l.getText().contains("\n") ? linesShown(l) : 1;
                if (lines > 1) {
                    out.add((l.getId() == null ? "a big number" : "#" + l.getId()) + " «" + l.getText() + "» broken across " + lines
                            + " lines: an amount is read as one thing");
                }
                ScrollPane in = scrolledIn(l);
                if (!(in == null ? inside(bounds(l), w, h) : withinWidthOf(l, in))) {
                    out.add((l.getId() == null ? "a label" : "#" + l.getId()) + " «" + l.getText() + "» reaches outside the window: " + bounds(l));
                }
            }
            if (!(n instanceof ButtonBase b)) {
                continue;
            }
            String name = (b.getId() == null ? "" : "#" + b.getId()) + " «" + b.getText() + "»";
            Bounds bb = bounds(b);
            ScrollPane scroll = scrolledIn(b);
            boolean placed = scroll == null ? inside(bb, w, h) : withinWidthOf(b, scroll) && reachable(b, scroll);
            if (!placed) {
                out.add(name + " outside the window: " + bb);
            }
            if (b.getHeight() < MIN_TOUCH - 0.5) {
                out.add(name + " only " + Math.round(b.getHeight()) + " px tall");
            }
            String shown = shownText(b);
            if (b.getText() != null && !b.getText().isEmpty() && shown != null && !shown.replace("\n", "").equals(b.getText().replace("\n", ""))) {
                out.add(name + " cut short: shows «" + shown + "»");
            }
        }
        return out;
    }

    /** The font size of every visible labelled control (to compare normal text with large text). */
    public static Map<Labeled, Double> fontSizes(Scene scene) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Map<Labeled, Double> sizes = new IdentityHashMap<>();
                for (Node n : visible(scene.getRoot())) {
                    if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                        sizes.put(l, l.getFont().getSize());
                    }
                }
                return sizes;
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scrolls every page {@code n} is on until it is in sight (call on the FX thread). */
    public static void reveal(Node n) {
        for (ScrollPane page = scrolledIn(n); page != null; page = scrolledIn(page)) {
            Node content = page.getContent();
            Bounds inContent = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double extra = content.getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
            if (extra <= 0) {
                continue;
            }
            double top = page.getVvalue() * extra;
            double viewport = page.getViewportBounds().getHeight();
            if (inContent.getMinY() < top) {
                page.setVvalue(inContent.getMinY() / extra);
            } else if (inContent.getMaxY() > top + viewport) {
                page.setVvalue(Math.min(1, (inContent.getMaxY() - viewport) / extra));
            }
            page.layout();
        }
    }

    /** How many lines a label's text is laid out on (by the height of its text against one line of its font). */
    private static int linesShown(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.getStyleClass().contains("text")) {
                Text probe = new Text("国");
                probe.setFont(t.getFont());
                double line = probe.getLayoutBounds().getHeight();
                return (int) Math.max(1, Math.round(t.getLayoutBounds().getHeight() / line));
            }
        }
        return 1;
    }

    private static String shownText(Labeled l) {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.getStyleClass().contains("text")) {
                sb.append(t.getText());
                any = true;
            }
        }
        return any ? sb.toString() : null;
    }

    /** The scroll pane a scroll bar belongs to (its skin's bars sit beside the viewport, not inside the content). */
    private static ScrollPane scrolledInOrSelf(Node bar) {
        for (Node p = bar.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        return null;
    }

    /** Across no more than the width of the page it scrolls in (pages scroll down, never sideways). */
    private static boolean withinWidthOf(Node n, ScrollPane page) {
        Bounds b = bounds(n);
        return b.getMinX() >= bounds(page).getMinX() - 0.5 && b.getMaxX() <= bounds(page).getMaxX() + 0.5;
    }

    /** Inside the page's content, so scrolling brings all of it into sight (not hanging out of a page cut to the viewport). */
    private static boolean reachable(Node n, ScrollPane page) {
        Node content = page.getContent();
        Bounds in = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        Bounds all = content.getLayoutBounds();
        return in.getMinY() >= all.getMinY() - 0.5 && in.getMaxY() <= all.getMaxY() + 0.5;
    }

    private static ScrollPane scrolledIn(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    /** Where the layout put {@code n} (its hidden, unmanaged children left out), in scene coordinates. */
    private static Bounds layout(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static boolean inside(Bounds b, double w, double h) {
        return b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= w + 0.5 && b.getMaxY() <= h + 0.5;
    }

    /** Every node that is visible (it and all its parents), in the tree under {@code root}. */
    static List<Node> visible(Parent root) {
        List<Node> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, out);
            }
        }
    }
}
