package org.reportcycle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md, checked on every build. */
class ModuleBoundaryTests {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportcycle");
    }

    @Test
    void only_the_workflow_touches_flowable() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.reportcycle.workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.flowable..")
                .check(classes);
    }

    @Test
    void only_ui_packages_and_security_touch_vaadin() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.reportcycle.security..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void shared_depends_on_nothing_of_ours() {
        noClasses()
                .that()
                .resideInAPackage("org.reportcycle.shared..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.reportcycle.shared..", "java..")
                .check(classes);
    }

    @Test
    void the_lower_layers_do_not_reach_up() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.reportcycle.organization..", "org.reportcycle.cycle..", "org.reportcycle.security")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.reportcycle.report..",
                        "org.reportcycle.workflow..",
                        "org.reportcycle.review..",
                        "org.reportcycle.approval..",
                        "org.reportcycle.publication..",
                        "org.reportcycle.office..",
                        "org.reportcycle.opening..",
                        "org.reportcycle.api..")
                .check(classes);
        // A feature's ui package sits on top of every layer: it plugs into the workspace's extension points
        noClasses()
                .that()
                .resideInAPackage("org.reportcycle.report..")
                .and()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.reportcycle.workflow..",
                        "org.reportcycle.review..",
                        "org.reportcycle.approval..",
                        "org.reportcycle.publication..",
                        "org.reportcycle.office..",
                        "org.reportcycle.opening..",
                        "org.reportcycle.api..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.reportcycle.workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.reportcycle.review..",
                        "org.reportcycle.approval..",
                        "org.reportcycle.publication..",
                        "org.reportcycle.office..",
                        "org.reportcycle.opening..",
                        "org.reportcycle.api..")
                .check(classes);
    }

    @Test
    void nobody_writes_to_the_audit_trail_directly() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.reportcycle.audit..", "..ui..", "org.reportcycle.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.reportcycle.audit..")
                .check(classes);
    }

    @Test
    void only_the_workflow_and_its_steps_use_the_report_lifecycle() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.reportcycle.report..",
                        "org.reportcycle.workflow..",
                        "org.reportcycle.review..",
                        "org.reportcycle.approval..",
                        "org.reportcycle.publication..",
                        "org.reportcycle.office..",
                        "org.reportcycle.opening..",
                        "org.reportcycle.intervention..",
                        "org.reportcycle.delegation..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.reportcycle.report.ReportLifecycle")
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        // The ui packages are the top layer (see above), so their dependencies cannot close a cycle of features
        slices().matching("org.reportcycle.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                "a ui class",
                                (JavaClass c) -> c.getPackageName().contains(".ui")),
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .check(classes);
    }
}
