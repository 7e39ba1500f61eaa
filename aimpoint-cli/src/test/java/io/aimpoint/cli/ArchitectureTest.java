package io.aimpoint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependencies pointing inward (see docs/architecture.md): the domain knows only the JDK,
 * the engine knows no adapter or framework, the adapters (stores, HTTP server) do not know each
 * other, and the simulator drives the engine without reaching into adapters. The CLI module sees
 * every production class, which is why this test lives here.
 */
@AnalyzeClasses(packages = "io.aimpoint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk =
      classes()
          .that()
          .resideInAPackage("io.aimpoint.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("io.aimpoint.core..", "java..", "javax.crypto..")
          .because("the domain and its ports are pure Java, free of I/O frameworks");

  @ArchTest
  static final ArchRule engine_knows_no_adapter_or_framework =
      noClasses()
          .that()
          .resideInAPackage("io.aimpoint.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.aimpoint.store..",
              "io.aimpoint.server..",
              "io.aimpoint.cli..",
              "io.helidon..",
              "com.fasterxml..",
              "org.rocksdb..",
              "org.h2..")
          .because("the engine runs on the ports, embedded or distributed alike");

  @ArchTest
  static final ArchRule stores_do_not_know_the_engine_or_the_edges =
      noClasses()
          .that()
          .resideInAPackage("io.aimpoint.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.aimpoint.engine..", "io.aimpoint.server..", "io.aimpoint.cli..")
          .because("stores implement the core ports and nothing else");

  @ArchTest
  static final ArchRule server_does_not_know_the_stores_or_the_cli =
      noClasses()
          .that()
          .resideInAPackage("io.aimpoint.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.aimpoint.store..", "io.aimpoint.cli..")
          .because("the HTTP edge talks to the engine; the CLI wires the stores in");

  @ArchTest
  static final ArchRule simulator_drives_the_engine_not_the_adapters =
      noClasses()
          .that()
          .resideInAPackage("io.aimpoint.sim..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.aimpoint.store..", "io.aimpoint.server..", "io.aimpoint.cli..")
          .because("the simulator talks to an engine in-process or over HTTP, never to its stores");

  @ArchTest
  static final ArchRule load_generator_talks_http_only =
      noClasses()
          .that()
          .resideInAPackage("io.aimpoint.bench..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.aimpoint.store..", "io.aimpoint.server..", "io.aimpoint.cli..")
          .because("the load generator measures a server from outside, as its clients see it");

  /** Empty-tolerant: aimpoint-ml reaches this classpath only once the engine depends on it. */
  @ArchTest
  static final ArchRule models_know_only_the_domain =
      noClasses()
          .that()
          .resideInAPackage("io.aimpoint.ml..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.aimpoint.engine..",
              "io.aimpoint.store..",
              "io.aimpoint.server..",
              "io.aimpoint.sim..",
              "io.aimpoint.cli..")
          .because("models and features are a library the engine uses, not the other way round")
          .allowEmptyShould(true);
}
