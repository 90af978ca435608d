package org.timestation.policy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Every configurable rule of the station handbook (DESIGN.md §5), with its default. Amounts are in
 * minutes, money in fen (分). Changing the policy is itself an event ({@code policy.changed}).
 */
public record Policy(
        /* credits and accounts */
        long floorMinutes,
        int expiryMonths,
        int reminderMonths,
        int eligibleAge,
        long maxMovementMinutes,
        long fenPerCredit,
        /* exchange */
        int volunteerMinAge,
        int childcareMinAge,
        int matchRadiusMeters,
        int confirmWindowHours,
        int unmatchedHours,
        /* a request nobody took closes itself this many hours after the time it was wanted */
        int lapseHours,
        int disputeRespondMinutes,
        int disputeResolveHours,
        /* tiers and membership (in credits) */
        long tierCompanionCredits,
        long tierBuilderCredits,
        long coCreationCredits,
        /* rewards and fees (in minutes) */
        long activityRewardMinutes,
        int captainActivityMinParticipants,
        long captainActivityRewardMinutes,
        long captainOfMonthMinutes,
        long proposalAdoptedMinutes,
        long trainingFeeMinutes,
        int falseReportMultiplier,
        /* trust */
        int trustBase,
        /* member codes (会员码): how many days a printed code signs in */
        int memberCodeDays,
        /* a station that has not synced for this many minutes is offline: each member may then spend (gift, redeem) at most offlineSpendMinutes there */
        int offlineAfterMinutes,
        long offlineSpendMinutes,
        /* the community's time zone: expiry dates and ages are counted in it */
        String zone) {

    public static final Policy DEFAULT = new Policy(
            -5 * 60, 24, 1, 65, 100 * 60, 500,
            18, 25, 3000, 24, 6, 24, 60, 24,
            51, 201, 50,
            60, 10, 5 * 60, 50 * 60, 20 * 60, 5 * 60, 2,
            100,
            90,
            10, 120,
            "Asia/Shanghai");

    public Policy {
        List<String> problems = new ArrayList<>();
        check(problems, floorMinutes <= 0, "floorMinutes must be zero or negative");
        check(problems, expiryMonths >= 1 && expiryMonths <= 120, "expiryMonths must be 1..120");
        check(problems, reminderMonths >= 0 && reminderMonths < expiryMonths, "reminderMonths must be 0..expiryMonths-1");
        check(problems, eligibleAge >= 0 && eligibleAge <= 150, "eligibleAge must be 0..150");
        check(problems, maxMovementMinutes > 0, "maxMovementMinutes must be positive");
        check(problems, fenPerCredit > 0, "fenPerCredit must be positive");
        check(problems, volunteerMinAge >= 16 && childcareMinAge >= volunteerMinAge, "volunteerMinAge >= 16 and childcareMinAge >= volunteerMinAge");
        check(problems, matchRadiusMeters > 0, "matchRadiusMeters must be positive");
        check(problems, confirmWindowHours > 0 && unmatchedHours > 0 && lapseHours > 0 && disputeRespondMinutes > 0 && disputeResolveHours > 0,
                "time windows must be positive");
        check(problems, tierCompanionCredits > 0 && tierBuilderCredits > tierCompanionCredits, "tiers must increase");
        check(problems, coCreationCredits >= 0, "coCreationCredits must not be negative");
        check(problems, activityRewardMinutes >= 0 && captainActivityRewardMinutes >= 0 && captainOfMonthMinutes >= 0
                && proposalAdoptedMinutes >= 0 && trainingFeeMinutes >= 0, "rewards and fees must not be negative");
        check(problems, captainActivityMinParticipants >= 1, "captainActivityMinParticipants must be at least 1");
        check(problems, falseReportMultiplier >= 1, "falseReportMultiplier must be at least 1");
        check(problems, trustBase > 0, "trustBase must be positive");
        check(problems, memberCodeDays >= 1 && memberCodeDays <= 3650, "memberCodeDays must be 1..3650");
        check(problems, offlineAfterMinutes >= 1 && offlineSpendMinutes >= 0, "offlineAfterMinutes must be at least 1 and offlineSpendMinutes not negative");
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add("zone must be a time zone id such as Asia/Shanghai");
        }
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorCode.INVALID_POLICY, String.join("; ", problems));
        }
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** Field name to value, for the canonical payload. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new TreeMap<>();
        try {
            for (RecordComponent c : Policy.class.getRecordComponents()) {
                m.put(c.getName(), c.getAccessor().invoke(this));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    /**
     * Reads a policy from a payload map. A field left out keeps its default, so policies written by an
     * older version stay readable when a rule is added.
     */
    public static Policy fromMap(Map<String, Object> m) {
        RecordComponent[] cs = Policy.class.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        Map<String, Object> defaults = DEFAULT.toMap();
        for (int i = 0; i < cs.length; i++) {
            String name = cs[i].getName();
            Object v = m.containsKey(name) ? m.get(name) : defaults.get(name);
            types[i] = cs[i].getType();
            if (types[i] == int.class && v instanceof Number n) {
                args[i] = Math.toIntExact(n.longValue());
            } else if (types[i] == long.class && v instanceof Number n) {
                args[i] = n.longValue();
            } else if (types[i] == String.class && v instanceof String s) {
                args[i] = s;
            } else {
                throw new DomainException(ErrorCode.INVALID_POLICY, name + " has the wrong type");
            }
        }
        try {
            Constructor<Policy> ctor = Policy.class.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with one rule changed, by field name (used by the console and tests). */
    public Policy with(String field, Object value) {
        Map<String, Object> m = toMap();
        if (!m.containsKey(field)) {
            throw new DomainException(ErrorCode.INVALID_POLICY, "no rule named " + field);
        }
        m.put(field, value);
        return fromMap(m);
    }
}
