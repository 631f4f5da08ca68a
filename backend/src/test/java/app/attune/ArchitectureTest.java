package app.attune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    private final JavaClasses backend = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.attune");

    @Test
    void backend_has_no_vaadin_dependency() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..").check(backend);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("app.attune.(*)..").should().beFreeOfCycles().check(backend);
    }

    @Test
    void repositories_stay_inside_their_feature() {
        noClasses().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().bePublic().check(backend);
    }
}
