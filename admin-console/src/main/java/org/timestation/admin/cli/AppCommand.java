package org.timestation.admin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.timestation.admin.app.ConsoleApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code app --data DIR [--demo]}: the station manager's desktop app, with the hub running behind it. */
@Command(name = "app", description = {"打开站长管理端（桌面程序），同时在后台运行同步枢纽 / Open the station manager's desktop app, with the hub running behind it."})
final class AppCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the console's data folder (an empty one becomes a new community)")
    Path data;

    @Option(names = "--demo", description = "fill an empty folder with the demo community and its hub first")
    boolean demo;

    @Option(names = "--port", defaultValue = "8443", paramLabel = "PORT", description = "the hub's HTTPS port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address the hub listens on (default ${DEFAULT-VALUE}: this computer only; 0.0.0.0 for the station's network)")
    String bind;

    @Option(names = "--screenshots", paramLabel = "DIR", description = "save every screen in Chinese and English as PNGs in DIR, then quit (needs --demo)")
    Path screenshots;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--port 要写 0 到 65535 之间的数。", "--port must be a number from 0 to 65535.");
        }
        if (screenshots != null && !demo) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--screenshots 需要同时写 --demo（它用演示站长登录）。",
                    "--screenshots needs --demo as well (it signs in as the demo's manager).");
        }
        if (java.nio.file.Files.exists(data) && !java.nio.file.Files.isDirectory(data)) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--data 要写一个文件夹，“" + data + "”是一个文件。",
                    "--data must be a folder; \"" + data + "\" is a file.");
        }
        return ConsoleApp.run(new ConsoleApp.Options(data, demo, bind, port, screenshots), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
