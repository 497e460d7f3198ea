package com.mesoplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain knows nothing of Spring, Telegram, I/O or the adapters around it. */
class ArchitectureTest {

  private static final String[] DOMAIN = {"com.mesoplan.recommendation..",
      "com.mesoplan.followup..", "com.mesoplan.dialog..", "com.mesoplan.i18n..",
      "com.mesoplan.clinic..", "com.mesoplan.conversation.."};
  private static final String[] ADAPTERS = {"com.mesoplan.channel..", "com.mesoplan.web..",
      "com.mesoplan.persistence..", "com.mesoplan.config..", "com.mesoplan.app.."};

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.mesoplan");

  @Test
  void theDomainUsesNoFrameworkAndNoAdapter() {
    noClasses().that().resideInAnyPackage(DOMAIN)
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
            "org.telegram..", "java.sql..", "javax.sql..", "tools.jackson..",
            "com.fasterxml.jackson..", "org.yaml..", "com.github.benmanes..")
        .check(classes);
    noClasses().that().resideInAnyPackage(DOMAIN)
        .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
        .check(classes);
  }

  @Test
  void theDomainDoesNoFileOrNetworkIo() {
    noClasses().that().resideInAnyPackage(DOMAIN)
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
        .check(classes);
  }

  @Test
  void onlyTheTelegramChannelKnowsTelegram() {
    noClasses().that().resideOutsideOfPackage("com.mesoplan.channel.telegram..")
        .should().dependOnClassesThat().resideInAnyPackage("org.telegram..")
        .check(classes);
  }

  @Test
  void theRecommendationCoreStandsAlone() {
    noClasses().that().resideInAnyPackage("com.mesoplan.recommendation..")
        .should().dependOnClassesThat().resideInAnyPackage("com.mesoplan.dialog..",
            "com.mesoplan.conversation..", "com.mesoplan.followup..")
        .check(classes);
  }

  @Test
  void theMessagingCoreKnowsNoChannel() {
    noClasses().that().resideInAnyPackage("com.mesoplan.messaging..")
        .should().dependOnClassesThat().resideInAnyPackage("com.mesoplan.channel..",
            "org.telegram..", "com.mesoplan.web..")
        .check(classes);
  }

  @Test
  void eachChannelStandsOnTheMessagingCoreAloneNotOnAnotherChannel() {
    noClasses().that().resideInAnyPackage("com.mesoplan.channel.web..")
        .should().dependOnClassesThat().resideInAnyPackage("com.mesoplan.channel.telegram..",
            "com.mesoplan.channel.console..", "com.mesoplan.web.console..")
        .check(classes);
    noClasses().that().resideInAnyPackage("com.mesoplan.channel.telegram..")
        .should().dependOnClassesThat().resideInAnyPackage("com.mesoplan.channel.web..",
            "com.mesoplan.channel.console..", "com.mesoplan.web..")
        .check(classes);
  }

  @Test
  void adaptersDoNotReachIntoEachOther() {
    noClasses().that().resideInAnyPackage("com.mesoplan.web..", "com.mesoplan.channel..")
        .should().dependOnClassesThat().resideInAnyPackage("com.mesoplan.persistence..")
        .check(classes);
  }
}
