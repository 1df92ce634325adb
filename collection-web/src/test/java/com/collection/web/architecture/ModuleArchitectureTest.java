package com.collection.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module map's rules, checked on the classes of all three modules together. */
class ModuleArchitectureTest {

  private final JavaClasses all = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
      .importPackages("com.collection");

  @Test
  void importsAllThreeModules() {
    org.assertj.core.api.Assertions.assertThat(all.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("com.collection.core"))
        .anyMatch(p -> p.startsWith("com.collection.persistence"))
        .anyMatch(p -> p.startsWith("com.collection.web"));
  }

  @Test
  void persistenceNeverDependsOnWeb() {
    noClasses().that().resideInAPackage("com.collection.persistence..")
        .should().dependOnClassesThat().resideInAPackage("com.collection.web..")
        .check(all);
  }

  @Test
  void webReachesPersistenceOnlyThroughCorePorts() {
    noClasses().that().resideInAPackage("com.collection.web..")
        .should().dependOnClassesThat().resideInAPackage("com.collection.persistence..")
        .check(all);
  }

  @Test
  void entitiesLiveInPersistenceAndAreNotPublic() {
    classes().that().areAnnotatedWith("jakarta.persistence.Entity")
        .should().resideInAPackage("com.collection.persistence..")
        .andShould().notHaveModifier(JavaModifier.PUBLIC)
        .allowEmptyShould(false)
        .check(all);
  }

  @Test
  void featurePackagesAreFreeOfCycles() {
    slices().matching("com.collection.(*).(*)..")
        .should().beFreeOfCycles()
        .check(all);
  }

  @Test
  void jpaStaysOutOfCoreAndWeb() {
    noClasses().that().resideInAnyPackage("com.collection.core..", "com.collection.web..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..",
            "org.springframework.data..", "org.springframework.jdbc..", "java.sql..")
        .check(all);
  }
}
