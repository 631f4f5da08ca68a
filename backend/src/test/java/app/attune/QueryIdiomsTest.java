package app.attune;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One way to query (decision 016): entities through Spring Data repositories, every other read or write through
 * {@code JdbcClient} with fixed SQL. The other idioms the code once had stay out.
 *
 * @see "docs/decisions/016-query-idioms.md"
 */
class QueryIdiomsTest {

    private final JavaClasses backend = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.attune");

    @Test
    void no_feature_uses_jdbc_template_specifications_or_criteria() {
        noClasses()
                .that()
                .resideOutsideOfPackage("app.attune.test..")
                // ShedLock's JDBC provider is handed a JdbcTemplate for its own SQL on its own table (decision 019).
                .and()
                .doNotHaveFullyQualifiedName("app.attune.base.ScheduledJobLocks")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.data.jpa.domain..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.data.jpa.repository.JpaSpecificationExecutor")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence.criteria..")
                .check(backend);
    }
}
