package org.timestation.admin.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.timestation.community.Community;
import org.timestation.member.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "applications", description = {"自助登记申请：列出待审核的，或批准/拒绝一份 / Kiosk registrations: list those waiting, or approve/reject one."})
final class ApplicationsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--approve", description = "approve this application (its id, as listed)")
    String approve;

    @Option(names = "--reject", description = "reject this application (its id, as listed)")
    String reject;

    @Option(names = "--operator", description = "who decides: a staff member's member number (see the staff command)")
    String operator;

    @Option(names = "--reason", description = "why, e.g. that the ID card was checked in person")
    String reason;

    @Override
    public Integer call() {
        if (approve != null && reject != null) {
            throw new IllegalArgumentException("请只选 --approve 或 --reject 之一 / give either --approve or --reject, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Community c = data.folder().open(Clock.systemDefaultZone())) {
            if (approve == null && reject == null) {
                for (Application a : c.members().pendingApplications()) {
                    out.printf("%s  %s  %s  %s  %s  %s%n", a.id(), WHEN.format(Instant.ofEpochMilli(a.submittedAt())), a.member().name(),
                            a.member().idMasked(), a.member().phone().masked(), a.member().roles());
                }
                out.printf("待审核 / waiting: %d%n", c.members().pendingApplications().size());
                return 0;
            }
            StaffCommand.requireStaff(c, operator);
            Application a = c.members().decide(approve != null ? approve : reject, approve != null, operator, reason);
            out.printf("%s %s: %s%n", approve != null ? "已批准 / approved" : "已拒绝 / rejected", a.id(), a.member().name());
            return 0;
        }
    }
}
