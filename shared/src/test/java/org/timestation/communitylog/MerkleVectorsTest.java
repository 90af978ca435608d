package org.timestation.communitylog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published RFC 6962/9162 vectors (transparency-dev/merkle {@code testdata}, see the README beside
 * them): every inclusion and consistency case, the negative ones included, gives the expected verdict;
 * the reference tree's roots and the happy-path proofs are exactly what {@link MerkleTree} makes.
 */
class MerkleVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    /** The reference tree's eight leaves (RFC 6962 test data). */
    static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};
    /** Its roots for sizes 0 to 8. */
    static final String[] ROOTS = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    static MerkleTree referenceTree() {
        MerkleTree t = new MerkleTree();
        for (String leaf : LEAVES) {
            t.append(HEX.parseHex(leaf));
        }
        return t;
    }

    @Test
    void theReferenceTreeHasThePublishedRootAtEverySize() {
        MerkleTree t = referenceTree();
        for (int n = 0; n <= 8; n++) {
            assertThat(HEX.formatHex(t.root(n))).as("root of size %d", n).isEqualTo(ROOTS[n]);
        }
        assertThat(HEX.formatHex(MerkleHash.emptyRoot())).isEqualTo(ROOTS[0]);
        assertThat(HEX.formatHex(t.leafHash(1))).isEqualTo("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7");
    }

    @TestFactory
    Stream<DynamicTest> everyInclusionVector() throws Exception {
        MerkleTree t = referenceTree();
        return files("inclusion").map(f -> DynamicTest.dynamicTest(name(f), () -> {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            long index = number(json, "leafIdx");
            long size = number(json, "treeSize");
            byte[] root = bytes(json, "root");
            byte[] leaf = bytes(json, "leafHash");
            List<byte[]> proof = list(json, "proof");
            boolean wantErr = json.contains("\"wantErr\": true");
            assertThat(MerkleProofs.verifyInclusion(index, size, leaf, proof, root)).as(json).isEqualTo(!wantErr);
            if (!wantErr && size <= t.size() && java.util.Arrays.equals(root, t.root(size))) {
                assertThat(t.inclusionProof(index, size)).as("the proof we make for the same leaf").usingElementComparator(java.util.Arrays::compare)
                        .containsExactlyElementsOf(proof);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyConsistencyVector() throws Exception {
        MerkleTree t = referenceTree();
        return files("consistency").map(f -> DynamicTest.dynamicTest(name(f), () -> {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            long size1 = number(json, "size1");
            long size2 = number(json, "size2");
            byte[] root1 = bytes(json, "root1");
            byte[] root2 = bytes(json, "root2");
            List<byte[]> proof = list(json, "proof");
            boolean wantErr = json.contains("\"wantErr\": true");
            assertThat(MerkleProofs.verifyConsistency(size1, size2, proof, root1, root2)).as(json).isEqualTo(!wantErr);
            if (!wantErr && size1 > 0 && size2 <= t.size() && java.util.Arrays.equals(root2, t.root(size2))) {
                assertThat(t.consistencyProof(size1, size2)).as("the proof we make for the same sizes").usingElementComparator(java.util.Arrays::compare)
                        .containsExactlyElementsOf(proof);
            }
        }));
    }

    @Test
    void allTheVectorsAreThere() throws Exception {
        assertThat(files("inclusion").count()).isEqualTo(98);
        assertThat(files("consistency").count()).isEqualTo(98);
        assertThat(files("inclusion").filter(f -> read(f).contains("\"wantErr\": true")).count()).as("negative cases").isGreaterThan(80);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Stream<Path> files(String kind) throws IOException, URISyntaxException {
        Path dir = Path.of(MerkleVectorsTest.class.getResource("vectors/" + kind).toURI());
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return all.stream();
    }

    private static String name(Path f) {
        return f.getParent().getFileName() + "/" + f.getFileName();
    }

    /** An unsigned 64-bit number (the vectors use 2^64-1 for "minus one"), as Java's signed long. */
    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        return Long.parseUnsignedLong(m.group(1));
    }

    private static byte[] bytes(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\\s*(null|\"([^\"]*)\")").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        return m.group(2) == null ? null : Base64.getDecoder().decode(m.group(2));
    }

    private static List<byte[]> list(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\\s*(null|\\[([^\\]]*)\\])").matcher(json);
        assertThat(m.find()).as(field).isTrue();
        List<byte[]> out = new ArrayList<>();
        if (m.group(2) != null) {
            Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(m.group(2));
            while (s.find()) {
                out.add(Base64.getDecoder().decode(s.group(1)));
            }
        }
        return out;
    }
}
