package org.timestation.sync;

import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly one certificate, the hub's, by its SHA-256 fingerprint from the enrollment code.
 * An {@link X509ExtendedTrustManager}: a plain {@code X509TrustManager} would be wrapped by the JDK
 * with a host-name check the hub's self-signed certificate cannot pass (and need not: the pin is
 * stronger). Any other certificate fails the handshake.
 */
public final class PinnedTrust extends X509ExtendedTrustManager {
    private final byte[] fingerprint;

    public PinnedTrust(byte[] sha256Fingerprint) {
        if (sha256Fingerprint.length != 32) {
            throw new IllegalArgumentException("a certificate fingerprint is 32 bytes of SHA-256");
        }
        this.fingerprint = sha256Fingerprint.clone();
    }

    /** The SHA-256 of a certificate's DER encoding, as the enrollment code carries it. */
    public static byte[] fingerprint(X509Certificate cert) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context that talks only to the pinned hub. */
    public static SSLContext context(byte[] sha256Fingerprint) {
        try {
            SSLContext c = SSLContext.getInstance("TLSv1.3");
            c.init(null, new javax.net.ssl.TrustManager[] {new PinnedTrust(sha256Fingerprint)}, new SecureRandom());
            return c;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("TLS 1.3 is missing from this JDK", e);
        }
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the hub sent no certificate");
        }
        byte[] got = fingerprint(chain[0]);
        if (!MessageDigest.isEqual(got, fingerprint)) {
            throw new CertificateException("the hub's certificate is not the one this station was enrolled with (SHA-256 "
                    + HexFormat.of().formatHex(got) + ", expected " + HexFormat.of().formatHex(fingerprint) + ")");
        }
        chain[0].checkValidity();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a station does not accept TLS clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("a station does not accept TLS clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("a station does not accept TLS clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
