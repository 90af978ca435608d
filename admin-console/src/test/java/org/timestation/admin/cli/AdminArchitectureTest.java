package org.timestation.admin.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.timestation.architecture.CommonArchitectureRules;

@AnalyzeClasses(packages = "org.timestation.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonArchitectureRules.class);

    @ArchTest
    static final ArchRule theLedgerIsOpenedOnlyThroughTheDataFolder = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.timestation.ledger.h2..")
            .because("the data folder is the storage's composition root: it checks the keys and the schema before anything is opened");

    /** The services a console screen works with: the ledger's community, the hub and its parts, the staff desk. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> SERVICES =
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("org.timestation.community..", "org.timestation.admin.hub..",
                    "org.timestation.admin.staff..", "org.timestation.exchange..", "org.timestation.member..", "org.timestation.credit..",
                    "org.timestation.trust..", "org.timestation.funds..", "org.timestation.policy..", "org.timestation.activity..", "org.timestation.merchant..",
                    "org.timestation.proxy..", "org.timestation.volunteer..")
                    .and(com.tngtech.archunit.base.DescribedPredicate.describe("a service (not a value)",
                            c -> !c.isRecord() && !c.isEnum() && !c.isInterface() && !c.getSimpleName().equals("Refused")
                                    && !c.getSimpleName().equals("Member")));

    @ArchTest
    static final ArchRule viewsAndModelsNeverCallAService = noClasses()
            .that().resideInAPackage("org.timestation.admin.app..").and().haveSimpleNameEndingWith("View")
            .or().haveSimpleNameEndingWith("Model")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(SERVICES)))
            .because("a view lays out and binds, a model holds UI state; the controller talks to services (issue 12)");

    @ArchTest
    static final ArchRule noModelImportsControls = noClasses()
            .that().resideInAPackage("org.timestation.admin.app..").and().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene.control..")
            .because("a model holds UI state only, never controls (issue 12)");
}
