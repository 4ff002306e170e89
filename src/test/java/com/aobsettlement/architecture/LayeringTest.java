package com.aobsettlement.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of README "Architecture": dependencies run one way, domain ← store ← the jobs
 * ← operations ← web ← cli, with the settings and the application class at the root.
 */
@AnalyzeClasses(packages = "com.aobsettlement", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] JOB_PACKAGES = {"..batch..", "..imports..", "..era..", "..settlement..",
            "..reconciliation..", "..reports..", "..demo.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("com.aobsettlement..").withOptionalLayers(true)
            .layer("Domain").definedBy("..domain..")
            .layer("Store").definedBy("..store..")
            .layer("Jobs").definedBy(JOB_PACKAGES)
            .layer("Operations").definedBy("..operations..")
            .layer("Web").definedBy("..web..")
            .layer("Cli").definedBy("..cli..")
            .layer("Settings").definedBy("com.aobsettlement")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Operations").mayOnlyBeAccessedByLayers("Web", "Cli")
            .whereLayer("Jobs").mayOnlyBeAccessedByLayers("Operations", "Web", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Jobs", "Operations", "Web", "Cli")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Store", "Jobs", "Operations", "Web", "Cli")
            .whereLayer("Settings").mayOnlyBeAccessedByLayers("Store", "Jobs", "Operations", "Web", "Cli");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.aobsettlement.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainIsPureJava = classes().that().resideInAPackage("..domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.aobsettlement.domain..")
            .because("DOMAIN.md's rules are plain Java: no Spring, no SQL, no framework types");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
            .because("SQL lives in store/ and sql/ only");
}
