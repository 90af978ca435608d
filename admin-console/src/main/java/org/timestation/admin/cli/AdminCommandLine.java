package org.timestation.admin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code admin-console.jar demo | verify | rebuild}. Exit 0 on success, 1 when a ledger is not intact, 2 on bad input. */
@Command(name = "admin-console.jar", mixinStandardHelpOptions = true, version = "Time Station 0.1",
        description = {"时间驿站 管理端命令行 / Time Station admin console, command line."},
        subcommands = {DemoCommand.class, VerifyCommand.class, RebuildCommand.class, ApplicationsCommand.class, KeysCommand.class})
public final class AdminCommandLine implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new AdminCommandLine());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(Errors.describe(e));
            return Errors.exitCode(e);
        });
        return cl.execute(args);
    }
}
