package org.timestation.admin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.timestation.audit.Finding;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.datafolder.DataFolder;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.LedgerStorageException;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: checks a data folder without trusting it. The ledger is opened read-only, after its
 * stored schema was compared with what the migrations create without running anything stored in it;
 * the file is left byte for byte as it was. Exit 0 intact, 1 with findings, 2 on a usage error or
 * when there is no ledger, 3 when it could not be checked (in use, unreadable), 4 when a newer release wrote it.
 */
@Command(name = "verify", description = {"核验账本：哈希链、签名、每条规则、零和、投影（只读，不改动文件）/ Check every hash, signature and rule, "
        + "zero-sum and the stored projection (read-only: the folder is not changed).",
        "退出码 / exit: 0 完好 intact, 1 有问题 findings, 2 用法错误或没有账本 usage / no ledger, 3 无法核验 could not check (in use, unreadable), 4 更新版本写的账本 written by a newer release"})
final class VerifyCommand implements Callable<Integer> {
    static final int INTACT = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int COULD_NOT_CHECK = 3;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataFolder folder = data.folder();
        VerificationReport r;
        java.util.List<String> logProblems = new java.util.ArrayList<>();
        String logSummary = null;
        try (EventStore store = folder.openReadOnly()) {
            String own = store.meta("node").orElse(null);
            r = Verifier.verify(store, Clock.systemUTC(), node -> node.equals(own));
            if (java.nio.file.Files.exists(folder.path().resolve("hub.mv.db"))) { // a hub's folder: its log is checked too
                try (org.timestation.admin.hub.CommunityLog log = org.timestation.admin.hub.CommunityLog.openToCheck(folder.path(), folder.keys().node())) {
                    logProblems.addAll(log.check(store));
                    logSummary = log.size() + " leaves, root = latest signed checkpoint";
                } catch (IllegalStateException | IllegalArgumentException e) {
                    logProblems.add(e.getMessage());
                }
            }
        } catch (DomainException e) {
            err.println("错误 / Error: " + e.text());
            if (e.code() == ErrorCode.NO_LEDGER) {
                return USAGE;
            }
            if (e.code() == ErrorCode.LEDGER_FROM_NEWER_RELEASE) {
                return org.timestation.ops.CtlMain.NEWER_RELEASE;
            }
            if (e.code() == ErrorCode.LEDGER_SCHEMA_CHANGED) {
                err.println("账本有问题，请联系站长 / NOT intact: the database file was changed outside the station software");
                return FINDINGS;
            }
            return COULD_NOT_CHECK;
        } catch (org.timestation.ledger.LedgerInUseException e) {
            err.println(Errors.IN_USE);
            return COULD_NOT_CHECK;
        } catch (LedgerStorageException e) {
            err.println("错误：无法读取账本，未能核验。/ Error: the ledger could not be read, so it was not checked: " + e.getMessage());
            return COULD_NOT_CHECK;
        }
        if (r.intact()) {
            out.println("账本完好 / " + r.summary());
        } else {
            err.println("账本有问题，请联系站长 / " + r.summary());
            for (Finding f : r.findings()) {
                err.println("  " + f);
            }
            if (r.findingsLeftOut() > 0) {
                err.println("  … " + r.findingsLeftOut() + " more");
            }
        }
        if (!r.conflicts().isEmpty()) {
            out.println("离线冲突（已记账，请站长处理）/ conflicts between stations that worked offline (applied, for the manager): "
                    + r.conflicts().size());
            r.conflicts().forEach(c -> out.println("  " + c));
        }
        if (logSummary != null && logProblems.isEmpty()) {
            out.println("社区日志完好 / community log intact: " + logSummary + ", every event in it exactly once");
        }
        if (!logProblems.isEmpty()) {
            err.println("社区日志有问题，请联系站长 / the community log is NOT intact:");
            logProblems.stream().limit(20).forEach(p -> err.println("  " + p));
        }
        out.println("state: " + r.stateDigest());
        return r.intact() && logProblems.isEmpty() ? INTACT : FINDINGS;
    }
}
