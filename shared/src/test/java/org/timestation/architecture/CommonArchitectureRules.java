package org.timestation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Rules every module keeps (STYLE.md 2). Each module's architecture test includes them with
 * {@code ArchTests.in(CommonArchitectureRules.class)} and adds its own.
 */
public final class CommonArchitectureRules {
    private CommonArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule noStandardStreamsOutsideCommandLines = noClasses()
            .that().resideOutsideOfPackages("..cli..")
            .and().doNotHaveSimpleName("AdminMain").and().doNotHaveSimpleName("KioskMain")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .allowEmptyShould(true)
            .because("people read screens and receipts, technicians read logs: only a command-line entry point prints");

    @ArchTest
    public static final ArchRule noJavaUtilLogging = noClasses()
            .that().doNotHaveFullyQualifiedName("org.timestation.logging.LibraryLogs")
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("our code logs through System.Logger; one class quiets the libraries that log through java.util.logging");

    @ArchTest
    public static final ArchRule noPrintStackTrace = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .because("a stack trace on stderr is lost on a kiosk; log it with its context instead");

    @ArchTest
    public static final ArchRule kioskDoesNotUseTheConsole = noClasses()
            .that().resideInAPackage("org.timestation.kiosk..")
            .should().dependOnClassesThat().resideInAPackage("org.timestation.admin..")
            .allowEmptyShould(true)
            .because("the kiosk and the admin console share only the core (DESIGN.md §2)");

    @ArchTest
    public static final ArchRule consoleDoesNotUseTheKiosk = noClasses()
            .that().resideInAPackage("org.timestation.admin..")
            .should().dependOnClassesThat().resideInAPackage("org.timestation.kiosk..")
            .allowEmptyShould(true)
            .because("the kiosk and the admin console share only the core (DESIGN.md §2)");
}
