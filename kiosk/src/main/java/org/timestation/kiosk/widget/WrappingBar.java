package org.timestation.kiosk.widget;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A bar with things on the left (brand, greeting) and buttons on the right, in one row when the
 * window is wide enough and in two rows when it is not (a narrow screen, large text, English). The
 * buttons wrap again among themselves if even a row of their own is too narrow: nothing is ever cut.
 * The left side takes what the buttons leave and wraps its own text.
 */
public final class WrappingBar extends Region {
    private final HBox left;
    private final HBox right;
    private final double gap;

    public WrappingBar(double gap, HBox left, Node... buttons) {
        this.gap = gap;
        this.left = left;
        this.right = new HBox(gap, buttons);
        right.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        for (Node b : buttons) {
            if (b instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        getChildren().addAll(left, right);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean oneRow(double width) {
        Insets in = getInsets();
        double inside = width - in.getLeft() - in.getRight();
        return left.prefWidth(-1) + gap + right.prefWidth(-1) <= inside + 0.5;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + left.prefWidth(-1) + gap + right.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        if (width < 0 || oneRow(width)) {
            return in.getTop() + Math.max(left.prefHeight(-1), right.prefHeight(-1)) + in.getBottom();
        }
        double inside = width - in.getLeft() - in.getRight();
        return in.getTop() + left.prefHeight(inside) + gap / 2 + right.prefHeight(-1) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        if (oneRow(getWidth())) {
            double rightWidth = right.prefWidth(-1);
            double leftWidth = w - rightWidth - gap;
            layoutInArea(left, x, y, leftWidth, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(right, x + leftWidth + gap, y, rightWidth, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double top = left.prefHeight(w);
            layoutInArea(left, x, y, w, top, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(right, x, y + top + gap / 2, w, h - top - gap / 2, 0, HPos.RIGHT, VPos.CENTER);
        }
    }
}
