package org.timestation.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.timestation.ledger.NodeIdentity;

/**
 * How a node proves to the hub who is calling (docs/decisions/0026): it signs, with its own node
 * key, the method, the path with its query, the time and the SHA-256 of the body. The hub checks the
 * signature against the key it registered for that node at enrollment, that the node is not revoked,
 * and that the time is within five minutes of its own. A replay inside that window repeats a request
 * that is idempotent (push) or read-only (pull, status).
 */
public final class SignedRequest {
    public static final String NODE = "TS-Node";
    public static final String TIME = "TS-Time";
    public static final String SIGNATURE = "TS-Signature";
    /** How far a request's time may be from the hub's clock. */
    public static final long WINDOW_MILLIS = 5 * 60 * 1000L;

    private SignedRequest() {
    }

    /** The bytes a node signs for one request. */
    public static byte[] message(String method, String pathAndQuery, long epochMillis, byte[] body) {
        try {
            String bodyHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
            return ("timestation-request/v1\n" + method + "\n" + pathAndQuery + "\n" + epochMillis + "\n" + bodyHash + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signature header's value. */
    public static String sign(NodeIdentity node, String method, String pathAndQuery, long epochMillis, byte[] body) {
        return Base64.getEncoder().encodeToString(node.sign(message(method, pathAndQuery, epochMillis, body)));
    }

    /** True when {@code signature} is {@code x509Key}'s signature of this request. */
    public static boolean verify(byte[] x509Key, String signature, String method, String pathAndQuery, long epochMillis, byte[] body) {
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return NodeIdentity.verify(message(method, pathAndQuery, epochMillis, body), sig, x509Key);
    }
}
