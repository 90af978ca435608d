package org.timestation.kiosk.widget;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A label that is never broken across lines: an amount such as 1154小时30分钟 read as one thing, not with
 * 钟 alone on the next line. It keeps its full size where the width allows and is drawn smaller, whole,
 * where it does not (a narrow window, large text); the label itself is unchanged (its text, its id).
 */
public final class OneLine extends Region {
    private final Label label;
    private boolean centred;

    public OneLine(Label label) {
        this.label = label;
        label.setWrapText(false);
        getChildren().add(label);
        label.textProperty().addListener((o, was, now) -> requestLayout());
        // shown, and given room, exactly when the label is (a screen hides it on some steps)
        visibleProperty().bind(label.visibleProperty());
        managedProperty().bind(label.managedProperty());
    }

    /** Draws the label in the middle of its width (a title), rather than at its start (an amount). */
    public OneLine centred() {
        centred = true;
        requestLayout();
        return this;
    }

    /** How much the label is drawn smaller to fit the width it has (1 when it fits). */
    double scale(double width) {
        double natural = label.prefWidth(-1);
        return width <= 0 || natural <= width ? 1 : width / natural;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL; // its height follows the width it is given
    }

    @Override
    protected void layoutChildren() {
        double w = label.prefWidth(-1);
        double h = label.prefHeight(-1);
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        double s = scale(inner);
        label.resize(w, h);
        // scaled about its centre: move it so that its scaled box starts at the left (or sits in the middle), centred in the height it is given
        double spare = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset() - h * s);
        double across = centred ? Math.max(0, inner - w * s) / 2 : 0;
        label.relocate(snappedLeftInset() + across - w * (1 - s) / 2, snappedTopInset() + spare / 2 - h * (1 - s) / 2);
        label.setScaleX(s);
        label.setScaleY(s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return label.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        return label.prefHeight(-1) * scale(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
