package app.attune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** @see "docs/decisions/001-modules-and-features.md" */
class ArchitectureTest {

    private static final DescribedPredicate<JavaAnnotation<?>> DEMO_PROFILE = DescribedPredicate.describe(
            "@Profile(\"demo\")",
            annotation -> annotation.getRawType().isEquivalentTo(Profile.class)
                    && annotation
                            .get("value")
                            .map(v -> Arrays.asList((Object[]) v).contains("demo"))
                            .orElse(false));

    /** The demo seeders that stayed in their feature, because they write states no public service allows. */
    private static final DescribedPredicate<JavaClass> SEEDER_IN_A_FEATURE = DescribedPredicate.describe(
            "demo seeders outside app.attune.demo",
            c -> !c.getPackageName().startsWith("app.attune.demo")
                    && (c.getSimpleName().startsWith("Demo") || c.isAnnotatedWith(DEMO_PROFILE)));

    private final JavaClasses backend = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.attune");

    @Test
    void backend_has_no_vaadin_dependency() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(backend);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("app.attune.(*)..").should().beFreeOfCycles().check(backend);
    }

    @Test
    void repositories_stay_inside_their_feature() {
        noClasses()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .should()
                .bePublic()
                .check(backend);
    }

    @Test
    void entities_stay_inside_their_package() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(backend);
    }

    @Test
    void scheduling_depends_on_availability_and_the_feed_on_scheduling_never_the_other_way() {
        noClasses()
                .that()
                .resideInAPackage("app.attune.scheduling.availability..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("app.attune.scheduling", "app.attune.scheduling.feed..")
                .check(backend);
        noClasses()
                .that()
                .resideInAPackage("app.attune.scheduling")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.attune.scheduling.feed..")
                .check(backend);
    }

    @Test
    void security_knows_nothing_of_people() {
        noClasses()
                .that()
                .resideInAPackage("app.attune.security..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.attune.people..")
                .check(backend);
    }

    @Test
    void the_demo_feature_loads_only_under_the_demo_profile_and_nothing_uses_it() {
        classes()
                .that()
                .resideInAPackage("app.attune.demo..")
                .and()
                .areAnnotatedWith(Component.class)
                .should()
                .beAnnotatedWith(DEMO_PROFILE)
                .check(backend);
        noClasses()
                .that()
                .resideOutsideOfPackage("app.attune.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.attune.demo..")
                .check(backend);
    }

    @Test
    void a_demo_seeder_left_in_its_feature_is_demo_only_package_private_and_used_by_nothing_else() {
        classes()
                .that(SEEDER_IN_A_FEATURE)
                .should()
                .beAnnotatedWith(DEMO_PROFILE)
                .andShould()
                .notBePublic()
                .check(backend);
        noClasses()
                .that(DescribedPredicate.not(SEEDER_IN_A_FEATURE))
                .should()
                .dependOnClassesThat(SEEDER_IN_A_FEATURE)
                .check(backend);
    }
}
