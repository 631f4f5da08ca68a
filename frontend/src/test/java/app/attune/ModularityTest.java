package app.attune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void feature_packages_have_no_cycles_and_use_each_other_only_through_their_top_level_package() {
        ApplicationModules.of(AttuneApplication.class).verify();
    }

    @Test
    void views_live_in_ui_packages_and_are_package_private() {
        var app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.attune");
        classes()
                .that()
                .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should()
                .resideInAPackage("app.attune.*.ui")
                .andShould()
                .notBePublic()
                .check(app);
    }
}
