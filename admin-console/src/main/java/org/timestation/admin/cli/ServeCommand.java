package org.timestation.admin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.hub.RunningHub;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve --data DIR [--port 8443] [--bind 127.0.0.1]}: runs the hub headless until stopped (Ctrl+C or systemd). */
@Command(name = "serve", description = {"运行同步枢纽（无界面），直到停止 / Run the replication hub headless until stopped."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8443", paramLabel = "PORT", description = "HTTPS port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default ${DEFAULT-VALUE}: this computer only; 0.0.0.0 for the station's network)")
    String bind;

    /** Released to stop a running {@code serve} (the shutdown hook, or a test in this package). */
    static volatile CountDownLatch stop;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port 要写 0 到 65535 之间的数。 / --port must be a number from 0 to 65535.");
        }
        PrintWriter out = spec.commandLine().getOut();
        org.timestation.datafolder.DataFolder folder = data.folder();
        if (folder.isEmpty()) { // a hub installed on a new machine: a new community (its first manager: the staff command)
            folder.create(org.timestation.demo.DemoCommunity.ADMIN_NODE, null, new java.security.SecureRandom());
            out.printf("新社区已建立 / a new community: %s%n", folder.path());
        }
        CountDownLatch done = new CountDownLatch(1);
        try (RunningHub running = RunningHub.start(data.folder().path(), bind, port, Clock.systemUTC())) {
            Hub hub = running.hub();
            stop = done;
            Thread hook = new Thread(done::countDown, "hub-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf("枢纽已启动 / hub listening: https://%s:%d/%n", bind, running.port());
            out.printf("证书指纹 / certificate SHA-256: %s%n", HexFormat.of().formatHex(running.tls().fingerprint()));
            out.printf("社区日志 / community log: %s, %d leaves%n", hub.log().origin(), hub.log().size());
            out.flush();
            done.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what stopped us
            }
        }
        out.println("枢纽已停止 / hub stopped");
        return 0;
    }
}
