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
            case "captain" -> house();
            default -> service(name);
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

    /** A shop front: striped awning with a scalloped edge, a window and a door (not a house: 楼长代办 has the house). */
    private static Node shop() {
        Rectangle body = new Rectangle(16, 42, 68, 50);
        body.setFill(Color.WHITE);
        body.setStroke(INK);
        body.setStrokeWidth(6);
        Group g = new Group(body);
        for (int i = 0; i < 4; i++) {
            Color c = i % 2 == 0 ? WARM : Color.WHITE;
            Rectangle stripe = new Rectangle(8 + i * 21, 12, 21, 22);
            stripe.setFill(c);
            Circle scallop = new Circle(18.5 + i * 21, 34, 10.5, c);
            g.getChildren().addAll(stripe, scallop);
        }
        SVGPath edge = new SVGPath();
        edge.setContent("M8 12 H92 V34 M8 12 V34");
        edge.setFill(null);
        edge.setStroke(WARM);
        edge.setStrokeWidth(3);
        Rectangle window = new Rectangle(24, 56, 26, 20);
        window.setFill(Color.web("#cfe3f5"));
        window.setStroke(INK);
        window.setStrokeWidth(4);
        Rectangle door = new Rectangle(58, 58, 18, 34);
        door.setFill(INK);
        g.getChildren().addAll(edge, window, door);
        return g;
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

    /** Pictures of the service types (陪诊 …), by {@code ServiceType} name in lower case. */
    private static Node service(String name) {
        return switch (name) {
            case "escort" -> group(path("M38 10 H62 V38 H90 V62 H62 V90 H38 V62 H10 V38 H38 Z", WARM, null));
            case "repair" -> group(path("M20 80 L58 42 A18 18 0 1 1 70 54 L32 92 Z", Color.WHITE, INK), new Circle(72, 30, 8, Color.WHITE));
            case "childcare" -> group(new Circle(50, 24, 14, WARM), path("M26 92 Q26 46 50 46 Q74 46 74 92 Z", INK, null));
            case "shopping" -> group(path("M14 36 H86 L76 88 H24 Z", Color.WHITE, INK), path("M32 36 Q50 0 68 36", null, INK),
                    new Circle(40, 62, 6, WARM), new Circle(60, 62, 6, WARM));
            case "company" -> group(path("M8 14 H60 V50 H30 L18 64 V50 H8 Z", Color.WHITE, INK), path("M40 46 H92 V82 H82 V96 L70 82 H40 Z", WARM, null));
            case "bills" -> group(path("M22 8 H78 V92 L66 84 L54 92 L42 84 L30 92 L22 86 Z", Color.WHITE, INK), line(34, 30, 66, 30, INK),
                    line(34, 48, 66, 48, INK), line(34, 66, 54, 66, WARM));
            case "cleaning" -> group(line(70, 8, 46, 60, INK), path("M26 56 H66 L80 94 H12 Z", WARM, null));
            case "haircut" -> group(ring(28, 74), ring(72, 74), line(36, 62, 70, 10, INK), line(64, 62, 30, 10, INK));
            case "phone_help" -> group(path("M30 6 H70 Q78 6 78 14 V86 Q78 94 70 94 H30 Q22 94 22 86 V14 Q22 6 30 6 Z", INK, null),
                    path("M30 18 H70 V78 H30 Z", Color.WHITE, null), new Circle(50, 86, 4, Color.WHITE));
            default -> house();
        };
    }

    private static Circle ring(double x, double y) {
        Circle c = new Circle(x, y, 14, Color.WHITE);
        c.setStroke(WARM);
        c.setStrokeWidth(6);
        return c;
    }

    private static Group group(Node... nodes) {
        return new Group(nodes);
    }

    private static SVGPath path(String d, Color fill, Color stroke) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        p.setFill(fill);
        if (stroke != null) {
            p.setStroke(stroke);
            p.setStrokeWidth(6);
        }
        return p;
    }

    private static Line line(double x1, double y1, double x2, double y2, Color c) {
        Line l = new Line(x1, y1, x2, y2);
        l.setStroke(c);
        l.setStrokeWidth(8);
        l.setStrokeLineCap(StrokeLineCap.ROUND);
        return l;
    }
}
