package org.timestation.device.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.timestation.architecture.CommonArchitectureRules;

/** The drivers both apps share: no screens in them, and neither app's code. */
@AnalyzeClasses(packages = "org.timestation.device", importOptions = ImportOption.DoNotIncludeTests.class)
class DevicesArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonArchitectureRules.class);

    @ArchTest
    static final ArchRule noScreens = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the drivers run in background threads of both apps; each app's screens say what a device does");

    @ArchTest
    static final ArchRule neitherApp = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.timestation.kiosk..", "org.timestation.admin..")
            .because("the kiosk and the admin console both use the devices and never each other");
}
