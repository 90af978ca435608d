package org.timestation.member;

/** What a person may do at a station. One person can hold several roles. */
public enum Role {
    /** 会员: every registered resident. */
    MEMBER,
    /** 时间志工: takes requests and earns credits. */
    VOLUNTEER,
    /** 楼长管家: building captain, may act for elders (always flagged). */
    CAPTAIN,
    /** 共创会员: co-creation member. */
    CO_CREATOR,
    /** 商家: accepts credits as discounts. */
    MERCHANT,
    /** 运营 / 客服: station staff. */
    STAFF,
    /** 站长: station manager. */
    MANAGER
}
