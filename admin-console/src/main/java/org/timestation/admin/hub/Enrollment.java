package org.timestation.admin.hub;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Pattern;
import org.timestation.sync.EnrollmentCode;

/** Issuing enrollment and recovery codes, for the {@code enroll} command and the console's nodes screen alike. */
public final class Enrollment {
    private static final Pattern NODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private Enrollment() {
    }

    /** Where stations reach this hub: its address and its certificate's SHA-256 fingerprint (pinned by the code). */
    public record Where(URI hubUrl, byte[] fingerprint) {
    }

    /** True when {@code node} can be a node id: lower-case letters, digits and '-'. */
    public static boolean validNodeId(String node) {
        return node != null && NODE.matcher(node).matches();
    }

    /** A one-time code for {@code node} (kept by the hub as a hash), valid for {@code valid}. */
    public static EnrollmentCode issue(EnrollTokens tokens, Where where, String node, String name, Duration valid, boolean recover) {
        EnrollTokens.Issued t = tokens.issue(node, name, valid, recover, new SecureRandom());
        return new EnrollmentCode(where.hubUrl(), where.fingerprint(), t.tokenId(), t.secret(), node, t.expiresAt());
    }

    /** This computer's address on the station's network (its first site-local IPv4), or 127.0.0.1 without one. */
    public static String localAddress() {
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address && a.isSiteLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException ignored) {
            // no network: this computer only
        }
        return "127.0.0.1";
    }

    /** The code's QR modules (error correction M, a 4-module quiet zone), for a PNG or a screen. */
    public static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("the code does not fit a QR: " + e.getMessage(), e);
        }
    }
}
