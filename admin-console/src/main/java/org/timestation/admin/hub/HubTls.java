package org.timestation.admin.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.timestation.datafolder.SecretFiles;
import org.timestation.sync.PinnedTrust;

/**
 * The hub's TLS identity: an ECDSA P-256 key and a self-signed certificate, made on the first start
 * and kept in the data folder ({@code hub-tls.key} owner-only from its first byte, {@code hub-tls.crt}).
 * Stations trust it by its SHA-256 fingerprint (the enrollment code carries it), so it needs no
 * certificate authority and no host name.
 */
public final class HubTls {
    public static final String KEY_FILE = "hub-tls.key";
    public static final String CERT_FILE = "hub-tls.crt";
    private static final char[] STORE_PASSWORD = "in-memory-only".toCharArray();
    private final PrivateKey key;
    private final X509Certificate cert;

    private HubTls(PrivateKey key, X509Certificate cert) {
        this.key = key;
        this.cert = cert;
    }

    /** The folder's TLS identity, made now if the folder has none (never replaced once made). */
    public static HubTls openOrCreate(Path dir, SecureRandom random) {
        try {
            Path keyFile = dir.resolve(KEY_FILE);
            Path certFile = dir.resolve(CERT_FILE);
            if (!Files.exists(keyFile, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(certFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"), random);
                KeyPair pair = g.generateKeyPair();
                X509Certificate made = selfSigned(pair, random);
                SecretFiles.create(keyFile, pair.getPrivate().getEncoded());
                SecretFiles.create(certFile, made.getEncoded());
            }
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(SecretFiles.read(keyFile)));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(SecretFiles.read(certFile)));
            return new HubTls(key, cert);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the hub's TLS key in " + dir, e);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("the hub's TLS key in " + dir + " is damaged: " + e.getMessage(), e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, SecureRandom random)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        X500Name name = new X500Name("CN=Time Station hub");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, random).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365L * 30))), name, pair.getPublic());
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    public X509Certificate certificate() {
        return cert;
    }

    /** SHA-256 of the certificate: what the enrollment code pins. */
    public byte[] fingerprint() {
        return PinnedTrust.fingerprint(cert);
    }

    /** A key store holding the key and certificate, for the TLS server (never written to disk). */
    public KeyStore keyStore() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("hub", key, STORE_PASSWORD, new java.security.cert.Certificate[] {cert});
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String keyStorePassword() {
        return new String(STORE_PASSWORD);
    }
}
