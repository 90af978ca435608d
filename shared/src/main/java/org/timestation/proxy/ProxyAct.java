package org.timestation.proxy;

import org.timestation.member.Identified;

/** One thing a captain did for an elder (代办): what, when, about which request or voucher, and how the elder was identified. */
public record ProxyAct(String eventId, long at, String captainId, String elderId, Kind kind, String ref, Identified.Method identifiedBy) {
    public enum Kind {
        /** 代发布: posted a request for help. */
        POST,
        /** 代兑换: turned credits into a merchant voucher. */
        REDEEM
    }
}
