package org.timestation.kiosk.widget;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The home tiles' pictures, drawn from shapes (no image files, crisp at any size), about 100 px square. */
public final class Icons {
    private static final Color INK = Color.web("#0a4d8c");
    private static final Color WARM = Color.web("#d64541");

    private Icons() {
    }

    public static Node of(String name) {
        return switch (name) {
            case "ask" -> bubble();
            case "help" -> heart();
            case "credits" -> clock();
            case "redeem" -> shop();
            case "activities" -> calendar();
            case "gift" -> gift();
            default -> house();
        };
    }

    private static Node bubble() {
        SVGPath b = new SVGPath();
        b.setContent("M10 10 H90 V70 H45 L25 92 V70 H10 Z");
        b.setFill(Color.WHITE);
        b.setStroke(INK);
        b.setStrokeWidth(6);
        Text q = new Text(38, 60, "?");
        q.setFont(Font.font(52));
        q.setFill(WARM);
        return new Group(b, q);
    }

    private static Node heart() {
        SVGPath h = new SVGPath();
        h.setContent("M50 90 L12 52 A22 22 0 0 1 50 20 A22 22 0 0 1 88 52 Z");
        h.setFill(WARM);
        return new Group(h);
    }

    private static Node clock() {
        Circle face = new Circle(50, 50, 42, Color.WHITE);
        face.setStroke(INK);
        face.setStrokeWidth(7);
        Line hour = line(50, 50, 50, 26, INK);
        Line minute = line(50, 50, 72, 58, WARM);
        return new Group(face, hour, minute);
    }

    private static Node shop() {
        Rectangle body = new Rectangle(16, 44, 68, 48);
        body.setFill(Color.WHITE);
        body.setStroke(INK);
        body.setStrokeWidth(6);
        SVGPath awning = new SVGPath();
        awning.setContent("M8 44 L18 14 H82 L92 44 Z");
        awning.setFill(WARM);
        Rectangle door = new Rectangle(42, 62, 16, 30);
        door.setFill(INK);
        return new Group(body, awning, door);
    }

    private static Node calendar() {
        Rectangle page = new Rectangle(12, 18, 76, 72);
        page.setFill(Color.WHITE);
        page.setStroke(INK);
        page.setStrokeWidth(6);
        Rectangle top = new Rectangle(12, 18, 76, 18);
        top.setFill(WARM);
        Group g = new Group(page, top);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                g.getChildren().add(new Circle(26 + c * 16, 50 + r * 13, 4, INK));
            }
        }
        return g;
    }

    private static Node gift() {
        Rectangle box = new Rectangle(14, 40, 72, 50);
        box.setFill(WARM);
        Rectangle lid = new Rectangle(10, 28, 80, 16);
        lid.setFill(WARM.darker());
        Rectangle ribbon = new Rectangle(44, 28, 12, 62);
        ribbon.setFill(Color.web("#ffe08a"));
        SVGPath bow = new SVGPath();
        bow.setContent("M50 28 C30 4 18 22 50 28 C82 22 70 4 50 28 Z");
        bow.setFill(Color.web("#ffe08a"));
        bow.setStroke(INK);
        bow.setStrokeWidth(3);
        return new Group(box, lid, ribbon, bow);
    }

    private static Node house() {
        SVGPath roof = new SVGPath();
        roof.setContent("M6 48 L50 10 L94 48 Z");
        roof.setFill(WARM);
        Rectangle wall = new Rectangle(20, 48, 60, 44);
        wall.setFill(Color.WHITE);
        wall.setStroke(INK);
        wall.setStrokeWidth(6);
        Rectangle door = new Rectangle(42, 64, 16, 28);
        door.setFill(INK);
        return new Group(roof, wall, door);
    }

    private static Line line(double x1, double y1, double x2, double y2, Color c) {
        Line l = new Line(x1, y1, x2, y2);
        l.setStroke(c);
        l.setStrokeWidth(8);
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        return l;
    }
}
