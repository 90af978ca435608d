package org.timestation.audit;

import java.util.List;

/** What {@link Verifier} checked and what it found. Intact when nothing was found. */
public record VerificationReport(long events, int feeds, long checkpoints, long projectionRows, List<Finding> findings,
                                 long findingsLeftOut, List<Finding> conflicts, String stateDigest) {
    public VerificationReport {
        findings = List.copyOf(findings);
        conflicts = List.copyOf(conflicts);
    }

    public boolean intact() {
        return findings.isEmpty();
    }

    /** True when every finding is about the stored projection only (a rebuild from the events mends it). */
    public boolean onlyProjection() {
        return !intact() && findingsLeftOut == 0 && findings.stream().allMatch(f -> f.kind() == Finding.Kind.PROJECTION);
    }

    /** One line for the command line. */
    public String summary() {
        if (intact()) {
            return String.format("intact: %d events in %d feeds, %d signed checkpoints, every rule kept, %d projection rows, "
                    + "balances sum to zero", events, feeds, checkpoints, projectionRows);
        }
        return String.format("NOT intact: %d finding(s) in %d events; first: %s", findings.size() + findingsLeftOut, events,
                findings.get(0));
    }
}
