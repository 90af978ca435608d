package org.timestation.datafolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.timestation.community.Community;
import org.timestation.ledger.CheckpointPolicy;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.LedgerInUseException;
import org.timestation.ledger.LedgerSchemaException;
import org.timestation.ledger.NodeIdentity;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.member.IdNumberHasher;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * A node's data folder: its ledger and its keys, opened and created only together (the composition
 * root of the storage: the one place that knows the ledger is H2). Keys are created only with a new,
 * empty ledger. An existing ledger whose key file is missing, unreadable or changed refuses to open,
 * says which file and how to restore it, and never writes a key file (decision 0019).
 *
 * <pre>
 *   node-id              the node's name
 *   node-ed25519.key     the node's private key (PKCS#8), owner-only
 *   node-ed25519.pub     its public key (X.509)
 *   id-hash.key          the community key (hex): ID-number hashes, member numbers, PIN pepper, sealed birth dates; owner-only
 *   ledger.mv.db         the ledger (H2)
 *   joining-node.key     only while a station enrolls or is recovered: its new key until the hub has answered
 * </pre>
 */
public final class DataFolder {
    public static final String NODE_ID = "node-id";
    public static final String NODE_KEY = "node-ed25519.key";
    public static final String NODE_PUB = "node-ed25519.pub";
    public static final String COMMUNITY_KEY = "id-hash.key";
    public static final String LEDGER = "ledger.mv.db";
    /** The key files, in the order they are checked. */
    public static final List<String> KEY_FILES = List.of(NODE_ID, NODE_KEY, NODE_PUB, COMMUNITY_KEY);
    /** A joining station's new key (node id, PKCS#8 and X.509 in hex), owner-only, kept until the hub has answered. */
    public static final String JOINING_KEY = "joining-node.key";
    static final String META_NODE = "node";
    static final String META_KEY_CHECK = "community-key-check";

    private final Path dir;

    private DataFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public static DataFolder at(Path dir) {
        return new DataFolder(dir);
    }

    public Path path() {
        return dir;
    }

    public boolean hasLedger() {
        return Files.exists(dir.resolve(LEDGER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The new key of a station joining its hub (enroll or restore): made and kept owner-only in the
     * folder before the hub is asked, so that when the answer is lost the same code is tried again
     * with the same key (the hub has registered it). {@link #create} removes it. A kept key for
     * another node is refused.
     */
    public NodeIdentity joiningIdentity(String nodeId, java.security.SecureRandom random) {
        Path file = dir.resolve(JOINING_KEY);
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                String[] lines = new String(SecretFiles.read(file), StandardCharsets.US_ASCII).strip().split("\n");
                if (lines.length != 3 || !lines[0].equals(nodeId)) {
                    throw new IllegalArgumentException("这个文件夹里有另一次没做完的登记（" + file + "，站点 " + (lines.length > 0 ? lines[0] : "?")
                            + "）。请用那一次的码再运行一次，或者换一个空文件夹。 / This folder holds another unfinished enrollment (" + file + ", station "
                            + (lines.length > 0 ? lines[0] : "?") + "). Run again with that code, or use an empty folder.");
                }
                KeyFactory kf = KeyFactory.getInstance("Ed25519");
                NodeIdentity kept = new NodeIdentity(nodeId, new KeyPair(kf.generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex(lines[2]))),
                        kf.generatePrivate(new PKCS8EncodedKeySpec(HexFormat.of().parseHex(lines[1])))));
                if (!kept.publicKeyMatchesPrivate()) {
                    throw new DomainException(ErrorCode.KEY_MISMATCH, JOINING_KEY, dir);
                }
                return kept;
            }
            SecretFiles.ownerOnlyFolder(dir);
            NodeIdentity fresh = NodeIdentity.generate(nodeId, random);
            SecretFiles.create(file, (nodeId + "\n" + HexFormat.of().formatHex(fresh.privateKey()) + "\n" + HexFormat.of().formatHex(fresh.publicKey())
                    + "\n").getBytes(StandardCharsets.US_ASCII));
            return fresh;
        } catch (IOException | GeneralSecurityException e) {
            throw new DomainException(ErrorCode.KEY_FILE_UNREADABLE, e, JOINING_KEY, dir, e.getMessage());
        }
    }

    /** True when the folder holds neither a ledger nor any key file (a station not yet set up). */
    public boolean isEmpty() {
        return !hasLedger() && KEY_FILES.stream().noneMatch(f -> Files.exists(dir.resolve(f), LinkOption.NOFOLLOW_LINKS));
    }

    /** What the key files hold: the node's identity and the community key. */
    public record Keys(NodeIdentity node, byte[] communityKey) {
        public Keys {
            communityKey = communityKey.clone();
        }

        @Override
        public byte[] communityKey() {
            return communityKey.clone();
        }

        public IdNumberHasher hasher() {
            return new IdNumberHasher(communityKey);
        }
    }

    // ---- a new node ----

    /** A new node with new keys (a new community key unless {@code communityKey} is given) and an empty ledger. */
    public Keys create(String nodeId, byte[] communityKey, SecureRandom random) {
        byte[] key = communityKey;
        if (key == null) {
            key = new byte[32];
            random.nextBytes(key);
        }
        Keys keys = new Keys(NodeIdentity.generate(nodeId, random), key);
        create(keys);
        return keys;
    }

    /**
     * Writes the key files and creates the empty ledger, bound to them: the only way keys come into a
     * folder besides {@link #restoreKeys}. Refuses a folder that holds a ledger or any key file.
     */
    public void create(Keys keys) {
        create(keys, org.timestation.ledger.NodeKeys.empty());
    }

    /**
     * {@link #create(Keys)} with keys the hub handed over registered first: a station recovered onto
     * a new machine (decision 0030) takes its node's earlier keys, and its own new key from the seq
     * the hub registered it for, before it opens. Its current key must be the one in {@code keys}.
     */
    public void create(Keys keys, org.timestation.ledger.NodeKeys known) {
        byte[] current = known.current(keys.node().nodeId());
        if (current != null && !java.util.Arrays.equals(current, keys.node().publicKey())) {
            throw new IllegalArgumentException("the keys handed over give node " + keys.node().nodeId() + " another current key than its own");
        }
        if (!isEmpty()) {
            throw new DomainException(ErrorCode.FOLDER_NOT_EMPTY, dir);
        }
        try {
            SecretFiles.ownerOnlyFolder(dir);
            writeKeyFiles(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keys into " + dir, e);
        }
        try (H2EventStore store = H2EventStore.open(dir)) {
            for (String n : known.nodes()) {
                known.of(n).forEach((from, k) -> store.registerNodeKey(n, from, k));
            }
            bind(store, keys);
        }
        try {
            Files.deleteIfExists(dir.resolve(JOINING_KEY)); // in the key files now
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + JOINING_KEY + " from " + dir, e);
        }
    }

    private void writeKeyFiles(Keys keys) throws IOException {
        SecretFiles.create(dir.resolve(NODE_KEY), keys.node().privateKey());
        SecretFiles.create(dir.resolve(COMMUNITY_KEY), (HexFormat.of().formatHex(keys.communityKey()) + "\n").getBytes(StandardCharsets.US_ASCII));
        SecretFiles.create(dir.resolve(NODE_PUB), keys.node().publicKey());
        SecretFiles.create(dir.resolve(NODE_ID), (keys.node().nodeId() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Records in the ledger whose it is and which community key it was made with; then nothing else can open it. */
    private static void bind(EventStore store, Keys keys) {
        store.recordMeta(META_NODE, keys.node().nodeId());
        store.recordMeta(META_KEY_CHECK, keyCheck(keys.communityKey()));
        store.registerNodeKey(keys.node().nodeId(), keys.node().publicKey());
    }

    /** A check value of the community key: shows which key a ledger was made with, reveals nothing of it. */
    static String keyCheck(byte[] communityKey) {
        return new IdNumberHasher(communityKey).keyCheck();
    }

    // ---- an existing node ----

    /**
     * Reads and checks the key files (all present, regular files, readable, the public key matching the
     * private one). Writes nothing.
     */
    public Keys keys() {
        for (String f : KEY_FILES) {
            if (!Files.exists(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                throw new DomainException(ErrorCode.KEY_FILE_MISSING, f, dir);
            }
        }
        String file = NODE_ID;
        try {
            String nodeId = new String(SecretFiles.read(dir.resolve(NODE_ID)), StandardCharsets.UTF_8).strip();
            file = NODE_KEY;
            byte[] priv = SecretFiles.read(dir.resolve(NODE_KEY));
            file = NODE_PUB;
            byte[] pub = SecretFiles.read(dir.resolve(NODE_PUB));
            file = COMMUNITY_KEY;
            byte[] community = HexFormat.of().parseHex(new String(SecretFiles.read(dir.resolve(COMMUNITY_KEY)), StandardCharsets.US_ASCII).strip());
            file = NODE_KEY;
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            NodeIdentity node = new NodeIdentity(nodeId, new KeyPair(kf.generatePublic(new X509EncodedKeySpec(pub)),
                    kf.generatePrivate(new PKCS8EncodedKeySpec(priv))));
            if (!node.publicKeyMatchesPrivate()) {
                throw new DomainException(ErrorCode.KEY_MISMATCH, NODE_PUB, dir);
            }
            return new Keys(node, community);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new DomainException(ErrorCode.KEY_FILE_UNREADABLE, e, file, dir, e.getMessage());
        }
    }

    /** Opens the community of this folder's node; refuses (writing nothing) when a key is missing or is not this ledger's. */
    public Community open(Clock clock) {
        return open(clock, CheckpointPolicy.DEFAULT);
    }

    public Community open(Clock clock, CheckpointPolicy checkpoints) {
        if (!hasLedger()) {
            throw new DomainException(ErrorCode.NO_LEDGER, dir);
        }
        Keys keys = keys();
        tightenFolder();
        H2EventStore store = openStore(H2EventStore::open);
        try {
            requireBound(store, keys);
            Community c = new Community(store, true, keys.node(), keys.hasher(), clock, checkpoints);
            c.guardDisk(org.timestation.disk.DiskGuard.forFolder(dir)); // no write starts on a nearly full disk
            return c;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * The community of this folder: opened when it has a ledger; created with new keys when the
     * folder is empty (a new station). A folder with some key files but no ledger is refused.
     */
    public Community openOrCreate(String nodeIdIfNew, Clock clock, SecureRandom random) {
        if (!hasLedger() && isEmpty()) {
            create(nodeIdIfNew, null, random);
        }
        return open(clock);
    }

    /**
     * The ledger, read-only, for {@code verify}: its stored schema is checked without running it,
     * nothing is migrated and the file is left byte for byte as it was. Keys are not needed.
     */
    public EventStore openReadOnly() {
        if (!hasLedger()) {
            throw new DomainException(ErrorCode.NO_LEDGER, dir);
        }
        return openStore(H2EventStore::openReadOnly);
    }

    /** The ledger, read-write, without a community on it (rebuild, tools). Keys are checked against it. */
    public EventStore openStore() {
        if (!hasLedger()) {
            throw new DomainException(ErrorCode.NO_LEDGER, dir);
        }
        Keys keys = keys();
        H2EventStore store = openStore(H2EventStore::open);
        try {
            requireBound(store, keys);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * A store written fast and thrown away if the build fails (the demo community, built in a folder of
     * its own and moved in only when complete: see {@link H2EventStore#openForBulkLoad}).
     */
    public EventStore openForBulkLoad() {
        return H2EventStore.openForBulkLoad(dir);
    }

    private H2EventStore openStore(Function<Path, H2EventStore> how) {
        try {
            return how.apply(dir);
        } catch (LedgerInUseException e) {
            throw new DomainException(ErrorCode.LEDGER_IN_USE, e, dir);
        } catch (org.timestation.ledger.LedgerFromNewerReleaseException e) {
            throw new DomainException(ErrorCode.LEDGER_FROM_NEWER_RELEASE, e, dir, e.stored(), e.known());
        } catch (LedgerSchemaException e) {
            List<String> what = new java.util.ArrayList<>(e.unexpected());
            e.missing().forEach(m -> what.add("(missing) " + m));
            throw new DomainException(ErrorCode.LEDGER_SCHEMA_CHANGED, e, dir, String.join("; ", what));
        }
    }

    /** The ledger was made for these keys: its node, the node's registered key, the community key's check value. */
    private void requireBound(EventStore store, Keys keys) {
        Optional<String> node = store.meta(META_NODE);
        if (node.isPresent() && !node.get().equals(keys.node().nodeId())) {
            throw new DomainException(ErrorCode.KEY_MISMATCH, NODE_ID, dir);
        }
        byte[] registered = store.nodeKeys().get(keys.node().nodeId());
        if (registered != null && !Arrays.equals(registered, keys.node().publicKey())) {
            throw new DomainException(ErrorCode.KEY_MISMATCH, NODE_KEY, dir);
        }
        Optional<String> check = store.meta(META_KEY_CHECK);
        if (check.isPresent() && !check.get().equals(keyCheck(keys.communityKey()))) {
            throw new DomainException(ErrorCode.KEY_MISMATCH, COMMUNITY_KEY, dir);
        }
        if (node.isEmpty() || check.isEmpty()) {
            bind(store, keys); // a ledger written before release 0.2 learns its keys on its first open (decision 0019)
        }
    }

    private void tightenFolder() {
        try {
            SecretFiles.ownerOnlyFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir + " readable by its owner only", e);
        }
    }

    // ---- key backup ----

    /**
     * Puts keys from a backup back into this folder: writes only the key files that are missing, and
     * only when every key file present and the ledger (if there is one) agree with the backup.
     * Returns the files written.
     */
    public List<String> restoreKeys(Keys keys) {
        try {
            SecretFiles.ownerOnlyFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
        for (String f : KEY_FILES) {
            Path p = dir.resolve(f);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Arrays.equals(read(p, f), contentOf(f, keys))) {
                throw new DomainException(ErrorCode.KEY_MISMATCH, f, dir);
            }
        }
        if (hasLedger()) {
            try (H2EventStore store = openStore(H2EventStore::open)) {
                requireBoundOnly(store, keys);
            }
        }
        List<String> written = new java.util.ArrayList<>();
        try {
            for (String f : KEY_FILES) {
                Path p = dir.resolve(f);
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    SecretFiles.create(p, contentOf(f, keys));
                    written.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keys into " + dir, e);
        }
        return written;
    }

    private void requireBoundOnly(EventStore store, Keys keys) {
        if (store.meta(META_NODE).filter(n -> !n.equals(keys.node().nodeId())).isPresent()) {
            throw new DomainException(ErrorCode.KEY_MISMATCH, NODE_ID, dir);
        }
        byte[] registered = store.nodeKeys().get(keys.node().nodeId());
        if (registered == null || !Arrays.equals(registered, keys.node().publicKey())) {
            throw new DomainException(ErrorCode.KEY_MISMATCH, NODE_KEY, dir);
        }
        if (store.meta(META_KEY_CHECK).filter(c -> !c.equals(keyCheck(keys.communityKey()))).isPresent()) {
            throw new DomainException(ErrorCode.KEY_MISMATCH, COMMUNITY_KEY, dir);
        }
    }

    private byte[] read(Path p, String f) {
        try {
            byte[] b = SecretFiles.read(p);
            return f.equals(NODE_ID) || f.equals(COMMUNITY_KEY) ? (new String(b, StandardCharsets.UTF_8).strip() + "\n").getBytes(StandardCharsets.UTF_8) : b;
        } catch (IOException e) {
            throw new DomainException(ErrorCode.KEY_FILE_UNREADABLE, e, f, dir, e.getMessage());
        }
    }

    private static byte[] contentOf(String file, Keys keys) {
        return switch (file) {
            case NODE_ID -> (keys.node().nodeId() + "\n").getBytes(StandardCharsets.UTF_8);
            case NODE_KEY -> keys.node().privateKey();
            case NODE_PUB -> keys.node().publicKey();
            case COMMUNITY_KEY -> (HexFormat.of().formatHex(keys.communityKey()) + "\n").getBytes(StandardCharsets.US_ASCII);
            default -> throw new IllegalArgumentException(file);
        };
    }

    /** Moves everything of this folder into {@code target} (an empty folder, made owner-only): a build finished aside lands whole. */
    public DataFolder moveTo(Path target) {
        try {
            SecretFiles.ownerOnlyFolder(target);
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.move(f, target.resolve(f.getFileName().toString()));
                }
            }
            return at(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the data folder into " + target, e);
        }
    }
}
