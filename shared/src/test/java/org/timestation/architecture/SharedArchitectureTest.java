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
    static final ArchRule coreDoesNotDependOnTheApps = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.timestation.kiosk..", "org.timestation.admin..")
            .because("the apps depend on the core, never the other way round");
}
