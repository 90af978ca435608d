package org.timestation.kiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.timestation.architecture.CommonArchitectureRules;

@AnalyzeClasses(packages = "org.timestation.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class KioskArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonArchitectureRules.class);

    @ArchTest
    static final ArchRule theLedgerIsOpenedOnlyThroughTheDataFolder = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.timestation.ledger.h2..")
            .because("the data folder is the storage's composition root: it checks the keys and the schema before anything is opened");

    @ArchTest
    static final ArchRule onlyTheControllerOfAScreenIsPublic = classes()
            .that().resideInAPackage("org.timestation.kiosk.screen..").and().arePublic()
            .should().haveSimpleNameEndingWith("Controller")
            .because("a screen's model and view are its own business (STYLE.md 3)");

    @ArchTest
    static final ArchRule onlyTheBridgeMovesWorkOntoTheFxThread = noClasses()
            .that().resideOutsideOfPackage("org.timestation.kiosk.fx..")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("one bridge class moves updates onto the FX thread (STYLE.md 1)");
}
