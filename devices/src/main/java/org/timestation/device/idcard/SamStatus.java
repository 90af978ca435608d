package org.timestation.device.idcard;

/** The SAM module's status byte SW3 and what it means for the kiosk. */
public enum SamStatus {
    SUCCESS(0x90, "成功", "success"),
    CARD_FOUND(0x9F, "找到卡", "card found"),
    NO_CARD(0x80, "没有卡", "no card on the reader"),
    SELECT_FAILED(0x81, "选卡失败", "selecting the card failed"),
    CHECKSUM_ERROR(0x10, "校验和错误", "checksum error in the command"),
    LENGTH_ERROR(0x11, "长度错误", "length error in the command"),
    BAD_COMMAND(0x21, "命令错误", "unknown command"),
    AUTH_FAILED(0x31, "卡认证失败", "card authentication failed"),
    INFO_ERROR(0x41, "读卡操作失败", "reading the card failed"),
    SAM_ERROR(0x60, "SAM 自检失败", "the SAM module failed its self-test"),
    OTHER(-1, "未知状态", "unknown status");

    private final int code;
    private final String zh;
    private final String en;

    SamStatus(int code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public static SamStatus of(int sw3) {
        for (SamStatus s : values()) {
            if (s.code == (sw3 & 0xFF)) {
                return s;
            }
        }
        return OTHER;
    }

    public int code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
