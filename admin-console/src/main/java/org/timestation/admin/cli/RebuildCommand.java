package org.timestation.admin.cli;

import java.util.concurrent.Callable;
import org.timestation.community.CommunityState;
import org.timestation.ledger.h2.H2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "rebuild", description = {"由事件重建全部投影（余额等）/ Recreate all projections (balances, members, …) from the events."})
final class RebuildCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolder data;

    @Override
    public Integer call() {
        try (H2EventStore store = data.openExisting()) {
            CommunityState.rebuildStored(store);
            long[] rows = {0};
            store.forEachProjectionRow((k, v) -> rows[0]++);
            spec.commandLine().getOut().printf("投影已重建 / projections rebuilt: %d rows from %d events%n", rows[0], store.eventCount());
            return 0;
        }
    }
}
