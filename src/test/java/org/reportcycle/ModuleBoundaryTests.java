package org.reportcycle;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of STYLE.md and the README's architecture map, checked on every build. ArchUnit rather
 * than Spring Modulith's {@code verify()}: it was already in the build, and the rules that matter here — no
 * screen holds a repository, the report lifecycle or the audit writer; a feature's entities stay inside it;
 * the layers of the map — are class-level rules that Modulith's module model does not express without moving
 * every entity into {@code internal/} packages. {@link #rules_catch_planted_leaks} proves each rule fails on a
 * violation.
 */
class ModuleBoundaryTests {

    static final String ROOT = "org.reportcycle";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** Only the workflow talks to Flowable, and no screen sees a Flowable type. */
    static ArchRule flowableOnlyInWorkflow() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".workflow..")
                .or()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.flowable..")
                .because("Flowable stays behind the workflow service (STYLE.md §3)");
    }

    static ArchRule vaadinOnlyInUi() {
        return noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", ROOT + ".security..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..");
    }

    static ArchRule sharedDependsOnNothing() {
        return noClasses()
                .that()
                .resideInAPackage(ROOT + ".shared..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(ROOT + ".shared..", "java..");
    }

    /**
     * A screen goes through services: it never holds a repository, the report lifecycle (the workflow's handle
     * on the report's state) or the audit writer.
     */
    static ArchRule screensUseServicesOnly() {
        return noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat(repositories())
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".report.ReportLifecycle")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".audit.AuditService");
    }

    /** The audit trail listens to events; nobody calls its writer. */
    static ArchRule nobodyCallsTheAuditWriter() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".audit")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".audit.AuditService");
    }

    static ArchRule onlyWorkflowAndStepsUseTheLifecycle() {
        return noClasses()
                .that()
                .resideOutsideOfPackages(
                        ROOT + ".report",
                        ROOT + ".workflow",
                        ROOT + ".review",
                        ROOT + ".approval",
                        ROOT + ".publication",
                        ROOT + ".office",
                        ROOT + ".opening",
                        ROOT + ".intervention",
                        ROOT + ".delegation")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(ROOT + ".report.ReportLifecycle");
    }

    /** A feature's repositories and entities are its own: others go through its services. */
    static ArchRule entitiesAndRepositoriesStayInTheirFeature() {
        return classes()
                .that()
                .resideInAPackage(ROOT + "..")
                .should(new ArchCondition<>("use only their own feature's entities and repositories") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = feature(origin).orElse("");
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            Optional<String> owner = feature(target);
                            if (owner.isPresent()
                                    && !owner.get().equals(own)
                                    && !FRIENDS.getOrDefault(own, Set.of()).contains(owner.get())
                                    && !SHARED_ENTITIES.contains(target.getName())
                                    && (isRepository(target) || target.isAnnotatedWith(Entity.class))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                });
    }

    /**
     * The packages that are one feature in two: {@code people} (administering units, users and memberships) and
     * {@code security} (signing them in) work on the organization's own tables; they are kept out of
     * {@code organization} because it sits below {@code security}, and {@code people} above it, so one package
     * would be a cycle. The demo seeder writes every feature's tables directly.
     */
    static final Map<String, Set<String>> FRIENDS = Map.of(
            "people", Set.of("organization"),
            "security", Set.of("organization"),
            "demo", Set.of("organization", "report", "cycle", "review", "approval", "office"));

    /**
     * The entities other features may hold, because they pass between layers as the object itself: the report
     * (the workflow and the steps move it through the process), the cycle and its deadlines, and the
     * organization's units, users and memberships (read-only views of the people a step concerns). Their repositories still stay inside.
     */
    static final Set<String> SHARED_ENTITIES = Set.of(
            ROOT + ".report.Report",
            ROOT + ".organization.Unit",
            ROOT + ".organization.AppUser",
            ROOT + ".organization.Membership",
            ROOT + ".cycle.Cycle",
            ROOT + ".cycle.Deadline");

    /**
     * The README's order: each layer uses only the layers below it. The step features are one layer and do not
     * import each other (see {@link #stepFeaturesAreSideBySide()}); screens ({@code ui} packages) sit on top of
     * everything and are ruled by {@link #screensUseServicesOnly()}.
     */
    static ArchRule layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ignoreDependency(
                        DescribedPredicate.describe(
                                "a screen", c -> c.getPackageName().contains(".ui")),
                        DescribedPredicate.alwaysTrue())
                .layer("shared")
                .definedBy(ROOT + ".shared..", ROOT + ".settings..")
                .layer("base")
                .definedBy(ROOT + ".organization..", ROOT + ".security..", ROOT + ".spreadsheet..", ROOT + ".cluster..")
                .layer("domain")
                .definedBy(ROOT + ".cycle..", ROOT + ".report..")
                .layer("workflow")
                .definedBy(ROOT + ".workflow..")
                .layer("steps")
                .definedBy(ROOT + ".review..", ROOT + ".approval..", ROOT + ".publication..", ROOT + ".office..")
                .layer("coordination")
                .definedBy(ROOT + ".intervention..", ROOT + ".delegation..", ROOT + ".opening..", ROOT + ".people..")
                .layer("listeners")
                .definedBy(ROOT + ".audit..", ROOT + ".notification..", ROOT + ".opinion..")
                .layer("edges")
                .definedBy(ROOT + ".api..", ROOT + ".demo..", ROOT + ".ops..", ROOT + ".workspace..", ROOT + ".ui..")
                .whereLayer("edges")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("listeners")
                .mayOnlyBeAccessedByLayers("edges")
                .whereLayer("coordination")
                .mayOnlyBeAccessedByLayers("listeners", "edges")
                .whereLayer("steps")
                .mayOnlyBeAccessedByLayers("coordination", "listeners", "edges")
                .whereLayer("workflow")
                .mayOnlyBeAccessedByLayers("steps", "coordination", "listeners", "edges")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("workflow", "steps", "coordination", "listeners", "edges")
                .whereLayer("base")
                .mayOnlyBeAccessedByLayers("domain", "workflow", "steps", "coordination", "listeners", "edges");
    }

    /** No sideways imports: a step feature (screens included) never uses another one. */
    static ArchRule stepFeaturesAreSideBySide() {
        return slices().matching(ROOT + ".(review|approval|publication|office)..")
                .should()
                .notDependOnEachOther()
                .because("step features depend only downward (README: architecture)");
    }

    /** The coordinating features sit side by side above the steps. */
    static ArchRule coordinationFeaturesAreSideBySide() {
        return slices().matching(ROOT + ".(intervention|delegation|opening|people)..")
                .should()
                .notDependOnEachOther();
    }

    /** The application shell ({@code ui}) imports no feature but security (and the settings). */
    static ArchRule shellImportsNoFeature() {
        return noClasses()
                .that()
                .resideInAPackage(ROOT + ".ui")
                .should()
                .dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(resideOutsideOfPackages(
                                ROOT + ".ui..", ROOT + ".security..", ROOT + ".shared..", ROOT + ".settings..")));
    }

    @Test
    void only_the_workflow_touches_flowable_and_no_screen_does() {
        flowableOnlyInWorkflow().check(classes);
    }

    @Test
    void only_ui_packages_and_security_touch_vaadin() {
        vaadinOnlyInUi().check(classes);
    }

    @Test
    void shared_depends_on_nothing_of_ours() {
        sharedDependsOnNothing().check(classes);
    }

    @Test
    void screens_hold_no_repository_lifecycle_or_audit_writer() {
        screensUseServicesOnly().check(classes);
    }

    @Test
    void nobody_calls_the_audit_writer() {
        nobodyCallsTheAuditWriter().check(classes);
    }

    @Test
    void only_the_workflow_and_its_steps_use_the_report_lifecycle() {
        onlyWorkflowAndStepsUseTheLifecycle().check(classes);
    }

    @Test
    void entities_and_repositories_stay_in_their_feature() {
        entitiesAndRepositoriesStayInTheirFeature().check(classes);
    }

    @Test
    void features_depend_only_downward() {
        layers().check(classes);
    }

    @Test
    void step_features_do_not_import_each_other() {
        stepFeaturesAreSideBySide().check(classes);
    }

    @Test
    void coordinating_features_do_not_import_each_other() {
        coordinationFeaturesAreSideBySide().check(classes);
    }

    @Test
    void the_shell_imports_no_feature_but_security() {
        shellImportsNoFeature().check(classes);
    }

    /**
     * Each rule fails on a leak planted in the test sources ({@code workspace.ui.BoundaryLeaks},
     * {@code review.BoundaryLeaks}, {@code ui.BoundaryLeaks}): a rule that cannot fail guards nothing.
     */
    @Test
    void rules_catch_planted_leaks() {
        assertCaught(flowableOnlyInWorkflow(), org.reportcycle.workspace.ui.BoundaryLeaks.FlowableInScreen.class);
        assertCaught(screensUseServicesOnly(), org.reportcycle.workspace.ui.BoundaryLeaks.RepositoryInScreen.class);
        assertCaught(screensUseServicesOnly(), org.reportcycle.workspace.ui.BoundaryLeaks.LifecycleInScreen.class);
        assertCaught(screensUseServicesOnly(), org.reportcycle.workspace.ui.BoundaryLeaks.AuditWriterInScreen.class);
        assertCaught(nobodyCallsTheAuditWriter(), org.reportcycle.review.BoundaryLeaks.AuditWriterInService.class);
        assertCaught(stepFeaturesAreSideBySide(), org.reportcycle.review.BoundaryLeaks.SidewaysImport.class);
        assertCaught(layers(), org.reportcycle.review.BoundaryLeaks.UpwardImport.class);
        assertCaught(
                entitiesAndRepositoriesStayInTheirFeature(), org.reportcycle.review.BoundaryLeaks.ForeignEntity.class);
        assertCaught(onlyWorkflowAndStepsUseTheLifecycle(), org.reportcycle.ui.BoundaryLeaks.LifecycleInShell.class);
        assertCaught(shellImportsNoFeature(), org.reportcycle.ui.BoundaryLeaks.FeatureInShell.class);
    }

    static void assertCaught(ArchRule rule, Class<?> leak) {
        JavaClasses planted = new ClassFileImporter().importClasses(leak);
        assertThatThrownBy(() -> rule.check(planted))
                .as("%s must fail on %s", rule.getDescription(), leak.getName())
                .isInstanceOf(AssertionError.class);
        System.out.println("BOUNDARY LEAK caught: " + leak.getSimpleName() + " by \"" + rule.getDescription() + "\"");
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching(ROOT + ".(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        DescribedPredicate.describe(
                                "a screen", (JavaClass c) -> c.getPackageName().contains(".ui")),
                        DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe("repositories", ModuleBoundaryTests::isRepository);
    }

    static boolean isRepository(JavaClass c) {
        return c.isAssignableTo("org.springframework.data.repository.Repository")
                || c.isAnnotatedWith("org.springframework.stereotype.Repository");
    }

    static final Pattern FEATURE = Pattern.compile(Pattern.quote(ROOT) + "\\.([a-z]+)(\\..*)?");

    /** The top-level feature a class belongs to ({@code report} for {@code org.reportcycle.report.export.X}). */
    static Optional<String> feature(JavaClass c) {
        Matcher m = FEATURE.matcher(c.getPackageName());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
