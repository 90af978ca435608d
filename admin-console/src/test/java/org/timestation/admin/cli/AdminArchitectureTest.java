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
}
