package org.timestation.admin.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.timestation.demo.DemoCommunity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = {"生成演示社区（确定性）/ Build a deterministic demo community into an empty data folder."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, description = "empty data folder to create the ledger in")
    Path data;

    @Option(names = "--members", defaultValue = "200", description = "number of members (default ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--months", defaultValue = "26", description = "months of history (default ${DEFAULT-VALUE}; over 24 shows expiries)")
    int months;

    @Option(names = "--seed", defaultValue = "1", description = "random seed: the same options give the same ledger (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--until", description = "last day of the history, YYYY-MM-DD (default: today)")
    LocalDate until;

    @Option(names = "--daily", description = "operations per station per day (default: members / 20)")
    Integer daily;

    @Option(names = "--node", defaultValue = DemoCommunity.ADMIN_NODE,
            description = "which demo node the folder belongs to: admin, station-a, station-b or station-c (default ${DEFAULT-VALUE})")
    String node;

    @Override
    public Integer call() {
        // said in both languages before anything is made (the generator's own checks speak English only)
        range("--members", members, 10, 100_000);
        range("--months", months, 1, 120);
        if (daily != null) {
            range("--daily", daily, 1, 100_000);
        }
        java.util.List<String> nodes = new java.util.ArrayList<>(java.util.List.of(DemoCommunity.ADMIN_NODE, DemoCommunity.MERCHANT_NODE));
        nodes.addAll(DemoCommunity.STATIONS);
        if (!nodes.contains(node)) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--node 要写 " + String.join("、", nodes) + " 之一，“" + node + "”不是。",
                    "--node must be one of " + String.join(", ", nodes) + "; \"" + node + "\" is not.");
        }
        if (java.nio.file.Files.exists(data) && !java.nio.file.Files.isDirectory(data)) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), "--data 要写一个文件夹，“" + data + "”是一个文件。",
                    "--data must be a folder; \"" + data + "\" is a file.");
        }
        LocalDate end = until != null ? until : LocalDate.now();
        DemoCommunity.Options base = DemoCommunity.Options.of(members, months, seed, end);
        DemoCommunity.Options options = daily == null ? base : new DemoCommunity.Options(members, months, seed, end, daily);
        DemoCommunity.Summary s = DemoCommunity.generate(data, options, node);
        spec.commandLine().getOut().printf("演示社区已生成 / demo community built: %d members, %d events, feeds %s, in %s%n",
                s.members(), s.events(), s.feeds(), data.toAbsolutePath());
        if (node.equals(DemoCommunity.ADMIN_NODE)) { // the console's folder holds the hub: its log as it grew, hour by hour
            int checkpoints = org.timestation.admin.hub.DemoHubHistory.build(data);
            spec.commandLine().getOut().printf("社区日志 / community log: %d events, %d signed checkpoints%n", s.events(), checkpoints);
        }
        return 0;
    }

    private void range(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw org.timestation.cli.BadArguments.wrong(spec.commandLine(), option + " 要写 " + min + " 到 " + max + " 之间的数，“" + value + "”不在这个范围。",
                    option + " must be between " + min + " and " + max + "; " + value + " is not.");
        }
    }
}
