package org.timestation.admin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.hub.HubConflicts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code conflicts --data DIR}: what stations that worked offline did against each other (the same
 * credits spent twice, a voucher redeemed twice), each with both events, for the manager to settle
 * (decision 0029). Exit 0 when there are none, 1 when there are.
 */
@Command(name = "conflicts", description = {"列出各站离线时彼此冲突的记录（同一笔时间币花了两次等），每条带两边的记录号 / "
        + "List what stations did against each other while offline (the same credits spent twice, …), each with both events."})
final class ConflictsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Hub hub = Hub.open(data.folder().path(), Clock.systemUTC())) {
            List<HubConflicts.Conflict> all = hub.conflicts().all();
            if (all.isEmpty()) {
                out.println("没有冲突。 / No conflicts.");
                return 0;
            }
            out.printf("%d 条冲突，都已记账（它们确实发生了），请站长逐条处理（如冲正并说明原因）。 / %d conflicts, all applied (they happened); "
                    + "settle each one (a reversal with a reason, for example).%n", all.size(), all.size());
            for (HubConflicts.Conflict c : all) {
                out.printf("%s/%d  %s%n    %s%n    另一条 / the other: %s%n", c.nodeId(), c.seq(), c.rule(), c.detail(),
                        c.other() == null ? "-" : c.other());
            }
            return 1;
        }
    }
}
