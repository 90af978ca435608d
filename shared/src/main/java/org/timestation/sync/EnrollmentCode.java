package org.timestation.sync;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.timestation.ledger.CanonicalJson;

/**
 * The one-time code staff give a new station (printed and as a QR): the hub's address, the SHA-256
 * fingerprint of its certificate, the token's id and secret, the station's node id and the expiry.
 * Text form: {@code TS1-} and the base64url of its canonical JSON.
 */
public record EnrollmentCode(URI hub, byte[] fingerprint, String tokenId, String secret, String node, long expiresAt) {
    private static final String PREFIX = "TS1-";

    public EnrollmentCode {
        if (fingerprint.length != 32) {
            throw new IllegalArgumentException("a certificate fingerprint is 32 bytes");
        }
        fingerprint = fingerprint.clone();
    }

    @Override
    public byte[] fingerprint() {
        return fingerprint.clone();
    }

    public String text() {
        Map<String, Object> m = new TreeMap<>();
        m.put("hub", hub.toString());
        m.put("fp", HexFormat.of().formatHex(fingerprint));
        m.put("id", tokenId);
        m.put("secret", secret);
        m.put("node", node);
        m.put("exp", expiresAt);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(CanonicalJson.encode(m).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a code as staff typed or scanned it; anything else is refused, saying what to do. */
    public static EnrollmentCode parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (!t.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a code");
            }
            Map<String, Object> m = Wire.object(CanonicalJson.parse(new String(Base64.getUrlDecoder().decode(t.substring(PREFIX.length())),
                    StandardCharsets.UTF_8)), "code", "hub", "fp", "id", "secret", "node", "exp");
            URI hub = URI.create((String) m.get("hub"));
            if (!"https".equals(hub.getScheme()) || hub.getHost() == null) {
                throw new IllegalArgumentException("not an https address");
            }
            return new EnrollmentCode(hub, HexFormat.of().parseHex((String) m.get("fp")), (String) m.get("id"), (String) m.get("secret"),
                    (String) m.get("node"), (Long) m.get("exp"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("这不是有效的登记码。请把管理端 enroll 命令打印的最后一行完整地抄下来或扫码。"
                    + " / This is not a valid enrollment code. Copy the whole last line the console's enroll command printed, or scan its QR.", e);
        }
    }
}
