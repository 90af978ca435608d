package org.timestation.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class that holds tests runs in {@code ./mvnw verify}. Surefire runs only classes whose file
 * names match the parent POM's {@code <include>} patterns; a class named otherwise (the jqwik
 * {@code *Properties} once were) compiles and is silently never run. This scans every module's test
 * sources and fails on such a class. Benchmark harnesses ({@code *Bench}) are run by their own
 * documented command (BENCHMARKS.md), and ArchUnit rule libraries run inside the test classes that
 * include them ({@code ArchTests.in(X.class)}).
 */
class TestClassesAreIncludedTest {
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "@(Test|Property|Example|ArchTest|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern INCLUDE = Pattern.compile("<include>([^<]+)</include>");

    @Test
    void everyClassWithTestsMatchesSurefiresIncludes() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Pattern> includes = includes(root.resolve("pom.xml"));
        assertThat(includes).as("the parent POM names its includes").isNotEmpty();

        List<String> withTests = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        StringBuilder includedSources = new StringBuilder();
        try (Stream<Path> files = Files.walk(root, 12)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/test/java/")).toList()) {
                if (f.toString().contains("/target/") || !TEST_ANNOTATION.matcher(Files.readString(f)).find()) {
                    continue;
                }
                String relative = f.toString().substring(f.toString().indexOf("/src/test/java/") + "/src/test/java/".length());
                withTests.add(relative);
                String name = f.getFileName().toString();
                boolean included = includes.stream().anyMatch(p -> p.matcher(relative).matches());
                if (included) {
                    includedSources.append(Files.readString(f));
                } else if (!name.endsWith("Bench.java")) {
                    leftOut.add(relative);
                }
            }
        }
        // a rule library (ArchUnit) runs inside the test classes that include it with ArchTests.in(X.class)
        leftOut.removeIf(f -> includedSources.indexOf("ArchTests.in(" + f.substring(f.lastIndexOf('/') + 1).replace(".java", ".class)")) >= 0);
        assertThat(withTests).as("test classes found across the modules").hasSizeGreaterThan(50)
                .anyMatch(n -> n.endsWith("Properties.java"));
        assertThat(leftOut).as("test classes Surefire would never run: rename them or widen the includes").isEmpty();
    }

    /** The {@code <include>} globs of the parent POM's Surefire configuration, as regular expressions over paths. */
    static List<Pattern> includes(Path pom) throws IOException {
        List<Pattern> out = new ArrayList<>();
        Matcher m = INCLUDE.matcher(Files.readString(pom));
        while (m.find()) {
            out.add(glob(m.group(1).strip()));
        }
        return out;
    }

    @Test
    void theIncludePatternsMatchAsSurefireDoes() {
        Pattern properties = glob("**/*Properties.java");
        assertThat(properties.matcher("org/timestation/audit/LedgerProperties.java").matches()).isTrue();
        assertThat(properties.matcher("LedgerProperties.java").matches()).isTrue();
        assertThat(properties.matcher("org/timestation/audit/LedgerPropertiesHelper.java").matches()).isFalse();
    }

    /** Surefire's include glob: {@code **}{@code /} any folders (or none), {@code *} any characters but '/'. */
    private static Pattern glob(String glob) {
        return Pattern.compile(glob.replace(".", "\\.").replace("**/", "\u0000").replace("*", "[^/]*").replace("\u0000", "(?:.*/)?"));
    }
}
