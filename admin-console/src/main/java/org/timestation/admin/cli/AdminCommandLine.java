package org.timestation.admin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code admin-console.jar demo | verify | rebuild | … | ctl}. Exit 0 on success, 1 when a ledger is not intact, 2 on bad input. */
@Command(name = "admin-console.jar", mixinStandardHelpOptions = true, version = "Time Station 0.1",
        description = {"时间驿站 管理端命令行 / Time Station admin console, command line."},
        subcommands = {DemoCommand.class, VerifyCommand.class, RebuildCommand.class, ApplicationsCommand.class, StaffCommand.class, KeysCommand.class,
                ServeCommand.class, NodesCommand.class, EnrollCommand.class, ConflictsCommand.class, AppCommand.class, BulletinCommand.class, ReportCommand.class})
public final class AdminCommandLine implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: the usage, and exit 2 (a script that forgot the command must not look successful). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("错误：请写要做什么（下面的命令之一）。 / Error: say what to do (one of the commands below).");
        spec.commandLine().usage(spec.commandLine().getErr());
        return org.timestation.cli.BadArguments.USAGE;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new AdminCommandLine());
        cl.addSubcommand("ctl", org.timestation.ops.CtlMain.commandLine()); // status, backup, restore, compact (timestation-ctl)
        org.timestation.cli.BadArguments.install(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(Errors.describe(e));
            return Errors.exitCode(e);
        });
        return cl.execute(args);
    }
}
