package org.timestation.admin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.timestation.audit.Finding;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.community.CommunityState;
import org.timestation.ledger.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rebuild}: recreates the stored projection from the events. It does not launder a tampered
 * ledger: it first verifies, and refuses when anything but the stored projection is wrong, unless
 * {@code --force} (it then says what it overrode).
 */
@Command(name = "rebuild", description = {"由事件重建全部投影（余额等）；账本其他部分有问题时拒绝，除非 --force / Recreate all projections "
        + "(balances, members, …) from the events; refused when verify finds more than a damaged projection, unless --force."})
final class RebuildCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--force", description = "rebuild even though verify found more than a damaged projection (the findings are printed)")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EventStore store = data.folder().openStore()) {
            String own = store.meta("node").orElse(null);
            VerificationReport r = Verifier.verify(store, Clock.systemUTC(), node -> node.equals(own));
            boolean onlyProjection = r.intact() || r.onlyProjection();
            if (!onlyProjection && !force) {
                err.println("拒绝重建：账本本身有问题，重建会把它掩盖。请先联系站长查明；确需重建请加 --force。/ Refused: verify found more than a damaged "
                        + "projection, and a rebuild would hide it. Find out what happened first; to rebuild anyway, add --force.");
                err.println("  " + r.summary());
                r.findings().stream().filter(f -> f.kind() != Finding.Kind.PROJECTION).forEach(f -> err.println("  " + f));
                return VerifyCommand.FINDINGS;
            }
            if (!onlyProjection) {
                err.println("已按 --force 重建，以下问题仍在账本中，未被修复 / Rebuilt because of --force; these findings remain in the ledger, "
                        + "a rebuild does not mend them:");
                r.findings().stream().filter(f -> f.kind() != Finding.Kind.PROJECTION).forEach(f -> err.println("  " + f));
            }
            CommunityState.rebuildStored(store);
            long[] rows = {0};
            store.forEachProjectionRow((k, v) -> rows[0]++);
            out.printf("投影已重建 / projections rebuilt: %d rows from %d events%n", rows[0], store.eventCount());
            return 0;
        }
    }
}
