package org.broadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering that docs/architecture.md describes, as rules every build checks: who may use whom, that only
 * the window knows JavaFX, that the window knows neither Lucene nor Jackson, that only the marks know SQL, that
 * only the shared archives know Solr (and only their plugin Solr's server classes), and
 * that no packages depend on each other in a circle.
 */
@AnalyzeClasses(packages = "org.broadsheet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersAreUsedFromAboveOnly = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Entry").definedBy("org.broadsheet")
            .layer("Window").definedBy("org.broadsheet.ui..")
            .layer("Command line").definedBy("org.broadsheet.cli..", "org.broadsheet.bench..")
            .layer("Session").definedBy("org.broadsheet.session..")
            .layer("Shared").definedBy("org.broadsheet.shared..")
            .layer("Export").definedBy("org.broadsheet.export..")
            .layer("Settings").definedBy("org.broadsheet.settings..")
            .layer("Marks").definedBy("org.broadsheet.marks..")
            .layer("Search").definedBy("org.broadsheet.search..")
            .layer("Index").definedBy("org.broadsheet.index..")
            .layer("Archive").definedBy("org.broadsheet.archive..")
            .layer("Versions").definedBy("org.broadsheet.versions..")
            .layer("Domain").definedBy("org.broadsheet.article..")
            .layer("Support").definedBy("org.broadsheet.task..", "org.broadsheet.platform..")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("Window").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Command line").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Session").mayOnlyBeAccessedByLayers("Window", "Command line")
            .whereLayer("Shared").mayOnlyBeAccessedByLayers("Session", "Command line")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Window", "Command line")
            .whereLayer("Settings").mayOnlyBeAccessedByLayers("Entry", "Window", "Command line")
            .whereLayer("Marks").mayOnlyBeAccessedByLayers("Session", "Window", "Command line")
            .whereLayer("Search").mayOnlyBeAccessedByLayers("Session", "Shared", "Export", "Window", "Command line")
            .whereLayer("Index").mayOnlyBeAccessedByLayers("Search", "Session", "Shared")
            .whereLayer("Archive").mayOnlyBeAccessedByLayers("Index", "Session", "Shared")
            .whereLayer("Versions").mayOnlyBeAccessedByLayers("Index", "Search", "Shared", "Window", "Command line")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Archive", "Versions", "Index", "Search", "Marks", "Export",
                    "Session", "Shared", "Window", "Command line")
            .whereLayer("Support").mayOnlyBeAccessedByLayers("Entry", "Window", "Command line", "Session", "Shared",
                    "Export", "Settings", "Marks", "Search", "Index", "Archive");

    @ArchTest
    static final ArchRule onlyTheWindowKnowsJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.broadsheet.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.fxmisc..",
                    "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule theWindowKnowsNeitherLuceneNorJackson = noClasses()
            .that().resideInAPackage("org.broadsheet.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule onlyTheSharedArchivesKnowSolr = noClasses()
            .that().resideOutsideOfPackage("org.broadsheet.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.solr..");

    /** Solr's own classes are there only inside a Solr node: only the plugin it loads may use them. */
    @ArchTest
    static final ArchRule onlyThePluginKnowsSolrItself = noClasses()
            .that().resideOutsideOfPackage("org.broadsheet.shared.plugin..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.solr.search..", "org.apache.solr.request..",
                    "org.apache.solr.core..", "org.apache.solr.schema..");

    @ArchTest
    static final ArchRule onlyTheMarksKnowSql = noClasses()
            .that().resideOutsideOfPackage("org.broadsheet.marks..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule packagesDoNotDependOnEachOtherInACircle = slices()
            .matching("org.broadsheet.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackages("org.broadsheet", "org.broadsheet.cli..")
            .should().accessField(System.class, "out")
            .orShould().callMethod(Throwable.class, "printStackTrace");
}
