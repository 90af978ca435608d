package org.timestation.admin.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.timestation.architecture.CommonArchitectureRules;

@AnalyzeClasses(packages = "org.timestation.admin", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(CommonArchitectureRules.class);
}
