package org.timestation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.timestation", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonArchitectureRules.class);

    @ArchTest
    static final ArchRule coreKnowsNothingOfJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("the core runs on the hub and in tests without a display (STYLE.md 1)");

    @ArchTest
    static final ArchRule coreNeverExitsTheProcess = noClasses().should().callMethod(System.class, "exit", int.class)
            .because("the core is a library: only an app's entry point decides to exit");

    @ArchTest
    static final ArchRule coreNeverReadsTheWallClockDirectly = noClasses()
            .that().resideOutsideOfPackage("org.timestation.time..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .because("time comes from an injected Clock so every time rule is testable (DESIGN.md §7)");

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
            .matching("org.timestation.(*)..").should().beFreeOfCycles()
            .because("a newcomer reads a feature from its dependencies down; a cycle means neither side can be understood or changed alone");

    @ArchTest
    static final ArchRule onlyTheDataFolderKnowsTheLedgerIsH2 = noClasses()
            .that().resideOutsideOfPackages("org.timestation.datafolder..", "org.timestation.ledger.h2..")
            .should().dependOnClassesThat().resideInAPackage("org.timestation.ledger.h2..")
            .because("the data folder is the storage's composition root: everything else works through EventStore (STYLE.md 6)");

    @ArchTest
    static final ArchRule coreDoesNotDependOnTheApps = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.timestation.kiosk..", "org.timestation.admin..")
            .because("the apps depend on the core, never the other way round");

    /** Two projection parts storing rows of the same kind would load each other's rows (it happened once: "application"). */
    @org.junit.jupiter.api.Test
    void everyProjectionRowKindIsUsedByOnePartOnly() throws java.io.IOException {
        java.util.regex.Pattern kind = java.util.regex.Pattern.compile("(?:table\\(\"|_KIND = \"|\\bKIND = \")([a-z0-9-]+)\"");
        java.util.Map<String, java.util.List<String>> seen = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = kind.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    seen.computeIfAbsent(m.group(1), k -> new java.util.ArrayList<>()).add(f.getFileName().toString());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(seen).hasSizeGreaterThan(15);
        org.assertj.core.api.Assertions.assertThat(seen).allSatisfy((k, where) -> org.assertj.core.api.Assertions.assertThat(where).as(k).hasSize(1));
    }
}
