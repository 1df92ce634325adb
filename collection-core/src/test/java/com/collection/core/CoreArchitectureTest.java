package com.collection.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core is plain Java: an allow-list of what it may depend on. */
class CoreArchitectureTest {

  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.collection.core");

  @Test
  void coreDependsOnlyOnItselfJavaAndTheServiceAndTransactionAnnotations() {
    classes().that().resideInAPackage("com.collection.core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "com.collection.core..",
            "java..",
            "org.springframework.stereotype..",
            "org.springframework.transaction.annotation..")
        .because("the domain is plain Java: no JPA, Spring Web, Spring Data, JDBC or Thymeleaf")
        .check(core);
  }
}
