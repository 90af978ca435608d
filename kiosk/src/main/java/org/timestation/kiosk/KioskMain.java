package org.timestation.kiosk;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.timestation.kiosk.app.KioskConfig;
import org.timestation.kiosk.app.KioskShell;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of {@code kiosk.jar}. Not a JavaFX {@code Application} subclass, so the shaded jar
 * starts with plain {@code java -jar}. Demo data and simulated devices only by explicit flags, so a
 * real station never gets either by accident.
 */
@Command(name = "kiosk.jar", mixinStandardHelpOptions = true, version = "Time Station kiosk 0.1",
        description = {"时间驿站 自助终端 / Time Station touchscreen kiosk."}, subcommands = {org.timestation.kiosk.device.DevicesCommand.class,
                org.timestation.kiosk.sync.SyncCommands.Enroll.class, org.timestation.kiosk.sync.SyncCommands.Restore.class, org.timestation.kiosk.sync.SyncCommands.Sync.class,
                org.timestation.kiosk.sync.SyncCommands.Load.class})
public final class KioskMain implements Callable<Integer> {
    @Option(names = "--data", description = "data folder (ledger, node key); created if missing (required to start the kiosk)")
    Path data;

    @Option(names = "--demo", description = "fill an empty data folder with the demo community first")
    boolean demo;

    @Option(names = "--simulated-devices", description = "use simulated ID card reader, printer and scanner")
    boolean simulatedDevices;

    @Option(names = "--windowed", description = "a window instead of full screen (development)")
    boolean windowed;

    @Option(names = "--node", defaultValue = "station-a", description = "this station's node id when the folder is new (default ${DEFAULT-VALUE})")
    String node;

    @Option(names = "--tour", paramLabel = "DIR", description = "walk through the screens in this real window, save each as a PNG in DIR, then quit (needs --demo --simulated-devices)")
    Path tour;

    @Option(names = "--merchant", description = "run as this merchant's voucher terminal (the merchant's member number)")
    String merchant;

    @Option(names = "--devices", paramLabel = "FILE", description = "the devices' settings (default: devices.properties in the data folder)")
    Path devicesFile;

    @Option(names = "--in-service", description = "an installed station in service: no mouse pointer; until enrolled, the staff-only enrollment screen")
    boolean inService;

    @Option(names = "--self-test", description = "open the window on a new temporary ledger with simulated devices, check that the "
            + "kiosk comes up, then quit: exit 0 when it did (the package checks run it)")
    boolean selfTest;

    /**
     * With {@code -Dtimestation.startupProbe=true} the kiosk prints {@code shown} after the first frame
     * of the attract screen and {@code ready} once the ledger is open, then quits: the cold-start
     * benchmark's probe (see BENCHMARKS.md).
     */
    public static final String STARTUP_PROBE = "timestation.startupProbe";

    private static void probe(KioskShell shell, javafx.stage.Stage stage) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            System.out.println("shown");
            System.out.flush();
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
        shell.whenReady(() -> {
            System.out.println("ready");
            System.out.flush();
            stage.close();
            Platform.exit();
        });
    }

    /** The kiosk's command line: bad arguments explained in both languages, then the usage, exit 2. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KioskMain());
        cl.addSubcommand("ctl", org.timestation.ops.CtlMain.commandLine()); // status, backup, restore, compact (timestation-ctl)
        return org.timestation.cli.BadArguments.install(cl);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || selfTested) {
            System.exit(code); // a self-test ends here: no thread of the kiosk it started keeps the process
        }
    }

    private static volatile boolean selfTested;

    @Override
    public Integer call() {
        if (selfTest) {
            selfTested = true;
            return SelfTest.run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (data == null) {
            spec.commandLine().getErr().println("错误：请用 --data 指定数据文件夹。 / Error: give the data folder with --data.");
            spec.commandLine().usage(spec.commandLine().getErr());
            return org.timestation.cli.BadArguments.USAGE;
        }
        if (tour != null && !(demo && simulatedDevices)) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--tour 需要同时写 --demo --simulated-devices（它点演示卡）。",
                    "--tour needs --demo --simulated-devices as well (it taps the demo's cards).");
        }
        if (java.nio.file.Files.exists(data) && !java.nio.file.Files.isDirectory(data)) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--data 要写一个文件夹，“" + data + "”是一个文件。",
                    "--data must be a folder; \"" + data + "\" is a file.");
        }
        org.timestation.kiosk.app.StartupPreload.start(); // class loading on the second core while the toolkit starts
        KioskConfig config = new KioskConfig(data, demo, simulatedDevices, windowed, node, merchant, devicesFile, inService);
        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> {
                KioskShell shell = new KioskShell(config);
                javafx.stage.Stage stage = new javafx.stage.Stage();
                shell.showOn(stage);
                if (Boolean.getBoolean(STARTUP_PROBE)) {
                    probe(shell, stage);
                }
                if (tour != null) {
                    new org.timestation.kiosk.app.RealWindowTour(shell, stage.getScene(), tour, () -> {
                        stage.close();
                        Platform.exit();
                    }).start();
                }
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            System.err.println("无法打开窗口：这台电脑需要图形桌面（Linux 上需要 GTK 3，例如 apt-get install libgtk-3-0）。"
                    + " / Cannot open the kiosk window: this computer needs a graphical desktop (on Linux, GTK 3: apt-get install libgtk-3-0)."
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")); // what the toolkit said, never a Java class name
            return 3;
        }
        return 0; // the JavaFX thread keeps the process alive until the window closes
    }
}
