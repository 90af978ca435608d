package org.timestation.catalogue;

/** The catalogue of help a request can ask for. One hour is one credit whatever the service (陪聊 = 维修). */
public enum ServiceType {
    /** 陪诊 */ ESCORT,
    /** 维修 */ REPAIR,
    /** 托管: childcare, only 25+ with a clean record, only in a public space. */ CHILDCARE,
    /** 买菜 */ SHOPPING,
    /** 陪聊 */ COMPANY,
    /** 代缴 */ BILLS,
    /** 保洁 */ CLEANING,
    /** 理发 */ HAIRCUT,
    /** 教手机 */ PHONE_HELP;

    public String textKey() {
        return "service." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
