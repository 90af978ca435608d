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

    /** What a kiosk screen works with: the community and its services (the controller calls them, through the context's executor). */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> SERVICES =
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("org.timestation.community..", "org.timestation.exchange..",
                    "org.timestation.member..", "org.timestation.credit..", "org.timestation.trust..", "org.timestation.funds..",
                    "org.timestation.policy..", "org.timestation.activity..", "org.timestation.merchant..", "org.timestation.proxy..",
                    "org.timestation.volunteer..", "org.timestation.cocreation..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.describe("a service (not a value)",
                            c -> !c.isRecord() && !c.isEnum() && !c.isInterface() && !c.getSimpleName().equals("Member")));

    @ArchTest
    static final ArchRule viewsAndModelsNeverCallAService = noClasses()
            .that().resideInAPackage("org.timestation.kiosk.screen..").and().haveSimpleNameEndingWith("View")
            .or().resideInAPackage("org.timestation.kiosk.screen..").and().haveSimpleNameEndingWith("Model")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(SERVICES)))
            .because("a view lays out and binds, a model holds UI state; the controller talks to services (issue 12)");

    @ArchTest
    static final ArchRule noModelImportsControls = noClasses()
            .that().resideInAPackage("org.timestation.kiosk.screen..").and().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.control..")
            .because("a model holds UI state only, never controls (issue 12)");

    @ArchTest
    static final ArchRule theShellRoutesDeviceInputThroughTheScreenInterface = noClasses()
            .that().resideInAPackage("org.timestation.kiosk.app..")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Controller")
                                    .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                            "org.timestation.kiosk.screen.help..", "org.timestation.kiosk.screen.captain..",
                                            "org.timestation.kiosk.screen.gift..", "org.timestation.kiosk.screen.register..",
                                            "org.timestation.kiosk.screen.devices..", "org.timestation.kiosk.screen.merchant..")))))
            .because("a card or a code goes to the screen showing through Screen.onCard/onScan, never by casting to its controller (issue 12)");

    @ArchTest
    static final ArchRule everyScreenHasItsModelAndView = classes()
            .that().resideInAPackage("org.timestation.kiosk.screen..").and().haveSimpleNameEndingWith("Controller")
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("have a Model and a View beside it") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                    boolean model = c.getPackage().getClasses().stream().anyMatch(x -> x.getSimpleName().endsWith("Model"));
                    boolean view = c.getPackage().getClasses().stream().anyMatch(x -> x.getSimpleName().endsWith("View"));
                    if (!model || !view) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c, c.getName() + " has no "
                                + (model ? "view" : "model") + " beside it"));
                    }
                }
            })
            .because("each kiosk screen is a controller, a model (UI state only) and a view (lays out and binds), as the console's (issue 12)");
}
