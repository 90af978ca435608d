package org.timestation.community;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.timestation.credit.Minutes;
import org.timestation.member.Member;

/**
 * Child process of {@link CrashSafetyTest}: appends credit movements to the ledger in {@code args[0]}
 * as fast as it can and prints {@code committed <seq>} after each commit returns, until killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        try (Community c = org.timestation.datafolder.DataFolder.at(Path.of(args[0])).openOrCreate("crash-node", Clock.systemUTC(),
                new java.security.SecureRandom())) {
            List<Member> people = c.members().all();
            if (people.size() < 2) {
                TestStation.registerInto(c, "甲", 1);
                TestStation.registerInto(c, "乙", 2);
                c.credits().fundPool(Minutes.ofCredits(10), "seed", "staff-1");
                people = c.members().all();
                System.out.println("committed " + c.store().head(c.nodeId()).seq());
            }
            String a = people.get(0).id();
            String b = people.get(1).id();
            for (long i = 0; ; i++) {
                if (i % 3 == 2) {
                    // a batch of several commands in one commit
                    c.write(sink -> {
                        c.credits().reward(a, Minutes.of(30), "batch", "staff-1");
                        c.credits().reward(b, Minutes.of(30), "batch", "staff-1");
                        return null;
                    });
                } else {
                    c.credits().reward(i % 2 == 0 ? a : b, Minutes.of(15), "tick", "staff-1");
                }
                System.out.println("committed " + c.store().head(c.nodeId()).seq());
                System.out.flush();
            }
        }
    }
}
