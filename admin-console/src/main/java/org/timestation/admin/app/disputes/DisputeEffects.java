package org.timestation.admin.app.disputes;

import org.timestation.admin.staff.Refused;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeService.Resolution;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.policy.Policy;

/**
 * What an outcome of a dispute will do to whose credits, said before staff confirm it: the same sums
 * {@code ExchangeService.resolve} will move. Minutes typed that the outcome cannot take are refused
 * here, before anyone is asked to confirm.
 */
final class DisputeEffects {
    private DisputeEffects() {
    }

    /** The minutes the outcome works from: what was paid, or (not paid yet) what the timer recorded. */
    static long claimed(Request r) {
        return r.dispute().before() == ExchangeState.SETTLED ? r.confirmedMinutes() : r.timerMinutes();
    }

    static boolean paid(Request r) {
        return r.dispute().before() == ExchangeState.SETTLED && r.paymentEventId() != null;
    }

    /** The minutes typed for CORRECT_HOURS or FALSE_REPORT, checked as resolve will check them. */
    static long minutes(Resolution o, String typed, Request r) {
        if (o != Resolution.CORRECT_HOURS && o != Resolution.FALSE_REPORT) {
            return 0;
        }
        long m;
        try {
            m = Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new Refused("请写分钟数（整数），例如 45。", "Write the minutes as a whole number, e.g. 45.");
        }
        long claimed = claimed(r);
        if (o == Resolution.CORRECT_HOURS && (m <= 0 || m > r.timerMinutes())) {
            throw new Refused("改正后的时长要在 1 到 " + r.timerMinutes() + " 分钟之间（计时记录是 " + r.timerMinutes() + " 分钟）。",
                    "The corrected time is from 1 to " + r.timerMinutes() + " minutes (the timer recorded " + r.timerMinutes() + ").");
        }
        if (o == Resolution.FALSE_REPORT && (m < 0 || m >= claimed)) {
            throw new Refused("真实时长要少于报的 " + claimed + " 分钟（0 表示根本没有服务）。",
                    "The true time is less than the " + claimed + " minutes reported (0: no service at all).");
        }
        return m;
    }

    /** The sentence staff read before they confirm: who pays whom how much, what is taken back, what it does to trust. */
    static String preview(ConsoleText text, Request r, Resolution o, long minutes, Policy p, String requester, String volunteer) {
        long claimed = claimed(r);
        boolean paid = paid(r);
        String undo = paid ? text.t("disputes.effect-reverse", requester, volunteer, Minutes.of(claimed)) : "";
        return switch (o) {
            case DISMISS -> paid ? text.t("disputes.effect-dismiss-paid", requester, volunteer, Minutes.of(claimed))
                    : text.t("disputes.effect-dismiss-unpaid", requester, volunteer);
            case CORRECT_HOURS -> undo + text.t("disputes.effect-pay", requester, volunteer, Minutes.of(minutes));
            case HALVE -> undo + text.t("disputes.effect-pay", requester, volunteer, Minutes.of(Math.max(1, claimed / 2)))
                    + text.t("disputes.effect-trust", volunteer);
            case FALSE_REPORT -> undo + (minutes > 0 ? text.t("disputes.effect-pay", requester, volunteer, Minutes.of(minutes))
                    : text.t("disputes.effect-cancelled"))
                    + text.t("disputes.effect-penalty", volunteer, Minutes.of((claimed - minutes) * p.falseReportMultiplier()), p.falseReportMultiplier())
                    + text.t("disputes.effect-trust", volunteer);
            case RESERVICE -> {
                if (paid) {
                    throw new Refused("这次服务已经付过时间币，不能重新派人；请选“改正时长”或“减半”。",
                            "This help was paid already and cannot be done again by another volunteer; choose corrected hours or halve.");
                }
                yield text.t("disputes.effect-reservice", requester) + text.t("disputes.effect-trust", volunteer);
            }
        };
    }
}
