package org.timestation.admin.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.timestation.admin.hub.HubDb;
import org.timestation.admin.staff.StaffAccounts;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.DialogService;
import org.timestation.admin.ui.Tasks;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.demo.DemoCommunity;
import org.timestation.member.Member;

/** The console's test fixture: a demo community's console folder (staff with the demo password), a shell on it, helpers to drive it. */
public final class ConsoleFixture implements AutoCloseable {
    public static final DemoCommunity.Options DEMO = DemoCommunity.Options.of(60, 2, 7, LocalDate.now().minusDays(1));

    public final org.timestation.admin.hub.Hub hub;
    public final StaffAccounts accounts;
    public final Tasks tasks = new Tasks();
    public final ConsoleText text = new ConsoleText();
    public final DialogService dialogs = new DialogService(text);
    public final ConsoleContext ctx;
    public ConsoleShell shell;
    /** The pages printed (title, then lines), when the dialogs are answered by {@link #answerYes}. */
    public final java.util.List<String> printed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The PDFs printed (the bulletin, reports), when the dialogs are answered by {@link #answerYes}. */
    public final java.util.List<byte[]> printedPdfs = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The file "chosen" when a screen asks for one to attach (null: cancelled). */
    public volatile Path attach;

    public ConsoleFixture(Path dir, Duration idle) {
        this(dir, idle, Clock.systemUTC());
    }

    /** {@code consoleClock}: the time the console's screens judge deadlines by (a test may look days ahead). */
    public ConsoleFixture(Path dir, Duration idle, Clock consoleClock) {
        hub = org.timestation.admin.hub.Hub.open(dir, Clock.systemUTC());
        accounts = new StaffAccounts(HubDb.open(dir), Clock.systemUTC(), new SecureRandom());
        ctx = new ConsoleContext(hub, new StaffDesk(hub.community(), accounts), tasks, dialogs, text, consoleClock, idle);
        ctx.enrollment(new org.timestation.admin.hub.Enrollment.Where(java.net.URI.create("https://127.0.0.1:8443/"),
                org.timestation.admin.hub.HubTls.openOrCreate(dir, new SecureRandom()).fingerprint()));
    }

    /** The demo console folder made once per test JVM; each test gets its own copy (generating one takes seconds). */
    private static Path template;

    /** A demo console folder in {@code dir} (a copy of one made once) whose staff sign in with the demo password. */
    public static Path demoFolder(Path dir) {
        if (Files.exists(dir.resolve(DataFolder.LEDGER))) {
            return dir;
        }
        try {
            copy(template(), dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir;
    }

    private static synchronized Path template() throws java.io.IOException {
        if (template == null) {
            Path t = Files.createTempDirectory(Files.createDirectories(Path.of("target", "console-data")), "demo-").resolve("demo"); // not left in /tmp
            DemoCommunity.generate(t, DEMO, DemoCommunity.ADMIN_NODE);
            try (Community c = DataFolder.at(t).open(Clock.systemUTC());
                 StaffAccounts a = new StaffAccounts(HubDb.open(t), Clock.systemUTC(), new SecureRandom())) {
                for (Member m : new StaffDesk(c, a).staff()) {
                    a.setPassword(m.id(), ConsoleApp.DEMO_PASSWORD);
                }
            }
            template = t;
        }
        return template;
    }

    /** Copies the folder with its files' permissions (the data folder refuses key files others could read). */
    private static void copy(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(p));
                } else if (!p.getFileName().toString().endsWith(".lock.db") && !p.getFileName().toString().endsWith(".trace.db")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    public void show(Stage stage) {
        shell = new ConsoleShell(ctx);
        shell.showOn(stage);
    }

    /** Signs {@code who} in with the demo password, as a person picks their name and types. */
    public static void signIn(FxRobot robot, Member who) {
        waitUntil(() -> visible(robot, "signin-who"));
        robot.clickOn("#signin-who");
        javafx.scene.control.ComboBox<?> box = robot.lookup("#signin-who").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(box.getItems().stream().map(Object::toString).filter(s -> s.startsWith(who.maskedName() + "（" + who.id())).findFirst().orElseThrow());
        robot.clickOn("#signin-password").write(ConsoleApp.DEMO_PASSWORD).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> visible(robot, "dashboard-hours"));
    }

    /** The demo's staff member (not a manager) or its manager. */
    public Member staffMember(boolean manager) {
        return ctx.staff().accountHolders().stream().filter(m -> m.has(org.timestation.member.Role.MANAGER) == manager).findFirst().orElseThrow();
    }

    /** The payload of the last event of {@code type} the console's node wrote. */
    public String lastPayload(String type) {
        return hub.community().store().feed(hub.nodeId(), 0, Integer.MAX_VALUE).stream().filter(e -> e.type().equals(type))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type + " event")).payload();
    }

    public static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, () -> "");
    }

    /** {@link #waitUntil(BooleanSupplier)}, saying {@code state} when it fails (what the screen said instead). */
    public static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 30 s " + state.get());
            }
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static boolean visible(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false) && robot.lookup("#" + id).query().getScene() != null;
    }

    /** Answers every confirmation yes and keeps what it said in {@code asked}; saves go to {@code saveTo} (or are cancelled when null). */
    public void answerYes(java.util.List<String> asked, Path saveTo) {
        dialogs.answerWith(new DialogService.Answers() {
            @Override
            public boolean confirm(String title, String body) {
                asked.add(body);
                return true;
            }

            @Override
            public java.util.Optional<Path> saveAs(String title, String suggestedName) {
                return java.util.Optional.ofNullable(saveTo);
            }

            @Override
            public java.util.Optional<Path> open(String title) {
                return java.util.Optional.ofNullable(attach);
            }

            @Override
            public void print(String title, java.util.List<String> lines) {
                printed.add(title + "\n" + String.join("\n", lines));
            }

            @Override
            public void printPdf(String title, byte[] pdf) {
                printedPdfs.add(pdf);
            }
        });
    }

    /** Scrolls the page so that {@code id} is in view, as a person scrolls before they click, then clicks it. */
    public static org.testfx.api.FxRobotInterface tap(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).query();
        robot.interact(() -> {
            for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    Node content = sp.getContent();
                    javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double room = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (room > 0) {
                        sp.setVvalue(Math.min(1, Math.max(0, (b.getMinY() - 40) / room)));
                    }
                    break;
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return press(robot, n);
    }

    /**
     * The pointer goes straight to the middle of {@code n} and clicks there. (TestFX's {@code clickOn} glides
     * the pointer in up to 200 steps, each a mouse event the whole scene handles.)
     */
    public static org.testfx.api.FxRobotInterface press(FxRobot robot, Node n) {
        robot.robotContext().getMouseRobot().move(robot.point(n).query());
        return robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    /** The texts of every table cell shown now. */
    public static java.util.List<String> cells(FxRobot robot) {
        return robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    /** Clicks the table cell that shows {@code shown} (not a field that happens to hold the same words). */
    public static void clickCell(FxRobot robot, String shown) {
        press(robot, robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> shown.equals(c.getText())).findFirst().orElseThrow(() -> new AssertionError("no cell shows " + shown)));
    }

    public static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> n instanceof Labeled l ? l.getText() : "").orElse("");
    }

    @Override
    public void close() {
        tasks.close();
        accounts.close();
        hub.close();
    }
}
