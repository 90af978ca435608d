package org.timestation.admin.cli;

import java.util.concurrent.Callable;
import org.timestation.audit.Finding;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.ledger.h2.H2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {"核验账本：哈希链、签名、零和、投影 / Check every hash, signature, zero-sum and the stored projection."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataFolder data;

    @Override
    public Integer call() {
        try (H2EventStore store = data.openExisting()) {
            VerificationReport r = Verifier.verify(store);
            if (r.intact()) {
                spec.commandLine().getOut().println("账本完好 / " + r.summary());
                return 0;
            }
            var err = spec.commandLine().getErr();
            err.println("账本有问题，请联系站长 / " + r.summary());
            for (Finding f : r.findings()) {
                err.println("  " + f);
            }
            if (r.findingsLeftOut() > 0) {
                err.println("  … " + r.findingsLeftOut() + " more");
            }
            return 1;
        }
    }
}
