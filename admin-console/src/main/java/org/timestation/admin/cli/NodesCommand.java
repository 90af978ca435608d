package org.timestation.admin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.hub.HubNodes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nodes --data DIR [--quarantine|--release|--revoke NODE --operator ID --reason TEXT]}: every
 * node the hub knows, and staff's acts on one, each kept with its operator and reason.
 */
@Command(name = "nodes", description = {"列出各站点的同步状态；隔离、解除或停用一个站点 / List every node's sync state; quarantine, release or revoke one."})
final class NodesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @ArgGroup(exclusive = true)
    Act act;

    static final class Act {
        @Option(names = "--quarantine", paramLabel = "NODE", description = "stop a node's pushes until staff release it")
        String quarantine;
        @Option(names = "--release", paramLabel = "NODE", description = "let a quarantined node sync again")
        String release;
        @Option(names = "--revoke", paramLabel = "NODE", description = "refuse a node for good (a stolen or retired station)")
        String revoke;
    }

    @Option(names = "--operator", paramLabel = "ID", description = "the staff member who decides (member number: see the staff command)")
    String operator;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why (kept with the act)")
    String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Hub hub = Hub.open(data.folder().path(), Clock.systemUTC())) {
            if (act != null) {
                String node = act.quarantine != null ? act.quarantine : act.release != null ? act.release : act.revoke;
                HubNodes.State to = act.quarantine != null ? HubNodes.State.QUARANTINED : act.release != null ? HubNodes.State.ACTIVE : HubNodes.State.REVOKED;
                StaffCommand.requireStaff(hub.community(), operator);
                if (reason == null || reason.isBlank()) {
                    throw new IllegalArgumentException("请用 --reason 写明原因。 / Give the reason with --reason.");
                }
                if (hub.nodes().get(node).isEmpty()) {
                    throw new IllegalArgumentException("枢纽没有站点“" + node + "”。请从下面的列表里选。 / The hub has no node \"" + node
                            + "\". Choose one from the list (nodes --data FOLDER).");
                }
                hub.act(node, to, operator.strip(), reason.strip());
                out.printf("已记录 / recorded: %s → %s (%s: %s)%n", node, to, operator.strip(), reason.strip());
            }
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
            out.printf("%-12s %-16s %8s  %-16s  %-11s  %s%n", "node", "name", "head", "last sync", "state", "cosigned");
            for (HubNodes.Node n : hub.nodes().all()) {
                long head = hub.community().store().head(n.id()).seq();
                out.printf("%-12s %-16s %8d  %-16s  %-11s  %s%n", n.id(), n.name() == null ? "" : n.name(), head,
                        n.lastSync() == null ? "never" : when.format(Instant.ofEpochMilli(n.lastSync())), n.state(),
                        n.cosignedSize() == null ? "-" : Long.toString(n.cosignedSize()));
                if (n.state() != HubNodes.State.ACTIVE && n.reason() != null) {
                    out.printf("             reason: %s%n", n.reason());
                }
            }
            out.printf("社区日志 / community log: %d leaves, %d cosigned the latest checkpoint%n", hub.log().size(),
                    hub.log().cosigners(hub.log().size()));
            int conflicts = hub.conflicts().all().size();
            if (conflicts > 0) {
                out.printf("离线冲突 / offline conflicts: %d (conflicts --data FOLDER)%n", conflicts);
            }
            return 0;
        }
    }
}
