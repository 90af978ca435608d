package org.timestation.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * What an enrolled station knows of its hub, in {@code hub.properties} in its data folder: the
 * address, the pinned certificate fingerprint, the hub's node id, and the log's origin and key (to
 * check its checkpoints). Written once at enrollment.
 */
public record HubLink(URI url, byte[] fingerprint, String hubNode, String origin, byte[] logKey) {
    public static final String FILE = "hub.properties";

    public HubLink {
        fingerprint = fingerprint.clone();
        logKey = logKey.clone();
    }

    /** The station's link, or empty when it was never enrolled. */
    public static Optional<HubLink> of(Path dataDir) {
        Path f = dataDir.resolve(FILE);
        if (!Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new HubLink(URI.create(p.getProperty("url")), HexFormat.of().parseHex(p.getProperty("fingerprint")),
                    p.getProperty("hub-node"), p.getProperty("origin"), Base64.getDecoder().decode(p.getProperty("log-key"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("hub.properties in " + dataDir + " is damaged; enroll the station again", e);
        }
    }

    public void save(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("url", url.toString());
        p.setProperty("fingerprint", HexFormat.of().formatHex(fingerprint));
        p.setProperty("hub-node", hubNode);
        p.setProperty("origin", origin);
        p.setProperty("log-key", Base64.getEncoder().encodeToString(logKey));
        try (Writer w = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW)) {
            p.store(w, "Time Station: this station's hub (written at enrollment)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + " in " + dataDir, e);
        }
    }
}
