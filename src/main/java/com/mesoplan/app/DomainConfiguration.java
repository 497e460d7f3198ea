package com.mesoplan.app;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.config.ClinicFile;
import com.mesoplan.config.DialogFiles;
import com.mesoplan.config.InvalidConfigurationException;
import com.mesoplan.config.MessageFiles;
import com.mesoplan.config.ProtocolFile;
import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.ChannelNotifier;
import com.mesoplan.conversation.ChatJoining;
import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.ConsoleLinks;
import com.mesoplan.conversation.ConversationEvents;
import com.mesoplan.conversation.Journeys;
import com.mesoplan.conversation.StaffActions;
import org.springframework.beans.factory.ObjectProvider;
import com.mesoplan.conversation.ConversationRepository;
import com.mesoplan.conversation.Dialogs;
import com.mesoplan.conversation.FollowUpService;
import com.mesoplan.conversation.FollowUpStore;
import com.mesoplan.conversation.Notifier;
import com.mesoplan.conversation.NudgeSchedule;
import com.mesoplan.conversation.Nudges;
import com.mesoplan.conversation.HandOff;
import com.mesoplan.conversation.StaffCommands;
import com.mesoplan.conversation.StaffLog;
import com.mesoplan.conversation.StaffNotices;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Documents;
import com.mesoplan.conversation.Outcomes;
import com.mesoplan.conversation.OwnData;
import com.mesoplan.conversation.PersonalData;
import com.mesoplan.conversation.PersonContacts;
import com.mesoplan.conversation.PlanReviews;
import com.mesoplan.conversation.StaffWords;
import com.mesoplan.conversation.PlanStore;
import com.mesoplan.conversation.RetentionPeriods;
import com.mesoplan.documents.FileDocuments;
import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.conversation.ProfileFields;
import com.mesoplan.dialog.DialogDefinition;
import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.followup.CheckInAssessor;
import com.mesoplan.followup.FollowUpPlanner;
import com.mesoplan.followup.FollowUpSettings;
import com.mesoplan.followup.UrgentContacts;
import com.mesoplan.i18n.Messages;
import com.mesoplan.recommendation.Protocols;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.recommendation.WorkingDays;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the clinic's files once at start (a bad one stops the start, naming file and entry) and
 * wires the plain-Java domain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MesoplanFiles.class, RetentionSettings.class})
class DomainConfiguration {

  static final String PRE_CONSULTATION = "pre-consultation";

  @Bean
  Clinic clinic(MesoplanFiles files) {
    return ClinicFile.load(Path.of(files.configDir(), "clinic.yaml"));
  }

  @Bean
  Clock clock(Clinic clinic) {
    return Clock.system(clinic.timeZone());
  }

  @Bean
  Protocols protocols(MesoplanFiles files) {
    return ProtocolFile.load(Path.of(files.configDir(), "protocols.yaml"));
  }

  @Bean
  Messages messages(MesoplanFiles files, Clinic clinic) {
    Messages all = MessageFiles.load(Path.of(files.dialogsDir(), "messages"));
    try {
      return all.offering(clinic.languages());
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException(
          Path.of(files.configDir()).getFileName() + "/clinic.yaml", "languages: " + e.getMessage());
    }
  }

  @Bean
  Map<String, DialogDefinition> dialogDefinitions(MesoplanFiles files, Messages messages) {
    Map<String, DialogDefinition> dialogs = DialogFiles.load(Path.of(files.dialogsDir()),
        new DialogValidator(ProfileFields.SCHEMA, messages));
    for (String needed : List.of(PRE_CONSULTATION, Nudges.CHECK_IN)) {
      if (!dialogs.containsKey(needed)) {
        throw new InvalidConfigurationException(files.dialogsDir(),
            "no dialog with id '" + needed + "'");
      }
    }
    return dialogs;
  }

  @Bean
  RecommendationEngine recommendationEngine(Protocols protocols, Clinic clinic, Clock clock) {
    return new RecommendationEngine(protocols, clinic.defaultCocktail(), clock);
  }

  @Bean
  CheckInAssessor checkInAssessor(Protocols protocols, Clinic clinic, Clock clock) {
    return new CheckInAssessor(protocols.irritationExtensionDays(),
        new WorkingDays(protocols.workingDays()), clock,
        new UrgentContacts(clinic.emergencyNumber(), clinic.phone().orElseThrow()));
  }

  @Bean
  PlanTexts planTexts(Messages messages, Clinic clinic) {
    return new PlanTexts(messages, clinic);
  }

  @Bean
  Documents documents(Messages messages, PlanTexts planTexts, Clinic clinic, JsonMapper json,
      Clock clock) {
    return new FileDocuments(messages, planTexts, clinic, json, clock);
  }

  @Bean
  Dialogs dialogs(Map<String, DialogDefinition> dialogDefinitions, Clock clock) {
    Map<String, DialogEngine> engines = new HashMap<>();
    dialogDefinitions.forEach((id, definition) -> engines.put(id, new DialogEngine(definition, clock)));
    return new Dialogs(engines, PRE_CONSULTATION);
  }

  /** Events are counted as metrics and recorded for the clinic's funnel and history. */
  @Bean
  @Primary
  ConversationEvents conversationEvents(MeterRegistry registry, Journeys journeys) {
    return ConversationEvents.all(List.of(new MeteredEvents(registry), journeys));
  }

  @Bean
  @Primary
  Notifier notifier(List<ChannelNotifier> channels, ChatLinks links) {
    return new Notifiers(channels, links);
  }

  @Bean
  FollowUpService followUpService(PlanStore plans, FollowUpStore followUps,
      NudgeSchedule schedule, CheckInAssessor assessor, Notifier notifier, Messages messages,
      PlanTexts planTexts, Clinic clinic, Clock clock, Environment environment, StaffNotices staff,
      ConversationEvents events) {
    FollowUpSettings settings = new FollowUpSettings(
        LocalTime.parse(environment.getProperty("mesoplan.followup.time-of-day", "10:00")),
        environment.getProperty("mesoplan.followup.reminder-days-before", Integer.class, 1),
        environment.getProperty("mesoplan.followup.check-in-days-after", Integer.class, 1),
        clinic.quietFrom(), clinic.quietUntil(),
        Duration.parse(environment.getProperty("mesoplan.followup.day-length", "P1D")),
        clinic.lateCheckInDays());
    return new FollowUpService(plans, followUps, schedule, new FollowUpPlanner(settings, clock),
        assessor, staff, messages, planTexts, clinic.timeZone(), clock, events);
  }

  @Bean
  StaffNotices staffNotices(Notifier notifier, Messages messages,
      List<ChannelNotifier> channels, StaffLog staffLog, StaffWords words) {
    return new StaffNotices(notifier, messages, staffChat(channels), words, staffLog);
  }

  /** The staff chat of the first running channel that has one. */
  static Optional<String> staffChat(List<ChannelNotifier> channels) {
    return channels.stream().map(ChannelNotifier::staffChat).flatMap(Optional::stream)
        .findFirst();
  }

  @Bean
  HandOff handOff(PlanStore plans, PlanTexts planTexts, Messages messages, StaffLog staffLog,
      Notifier notifier, List<ChannelNotifier> channels, StaffWords words) {
    return new HandOff(plans, planTexts, messages, staffLog, notifier, staffChat(channels), words);
  }

  @Bean
  StaffActions staffActions(StaffLog staffLog, AuditTrail audit, FollowUpService followUps,
      Notifier notifier, PlanReviews reviews) {
    return new StaffActions(staffLog, audit, followUps, notifier, reviews);
  }

  @Bean
  StaffCommands staffCommands(StaffLog staffLog, AuditTrail audit, Messages messages,
      StaffActions actions, StaffWords words, ObjectProvider<ConsoleLinks> console) {
    return new StaffCommands(staffLog, audit, messages, actions, words,
        console.getIfAvailable(() -> ConsoleLinks.NONE));
  }

  @Bean
  PlanReviews planReviews(PlanStore plans, PlanTexts planTexts, FollowUpService followUps,
      ConversationRepository conversations, Messages messages, Clock clock) {
    return new PlanReviews(plans, planTexts, followUps, conversations, messages, clock);
  }

  /** How staff recognise and reach a person, through the channel of their chat. */
  @Bean
  StaffWords staffWords(Messages messages, PersonContacts contacts, Clinic clinic) {
    return new StaffWords(messages, contacts, clinic.timeZone());
  }

  /** A person's name and chat link, from whichever channel owns their chat. */
  @Bean
  @Primary
  PersonContacts personContacts(List<PersonContacts.OfChannel> channels, ChatLinks links) {
    return new Contacts(channels, links);
  }


  @Bean
  ConversationService conversationService(Dialogs dialogs, Messages messages,
      RecommendationEngine recommendations, PlanTexts planTexts,
      ConversationRepository repository, PlanStore plans, OwnData ownData,
      FollowUpService followUps, HandOff handOff, ConversationEvents events) {
    return new ConversationService(dialogs, messages,
        new Outcomes(recommendations, planTexts, repository, plans, followUps, handOff, events),
        repository, ownData, events);
  }

  @Bean
  OwnData ownData(PlanStore plans, PlanTexts planTexts, Documents documents,
      List<PersonalData> personalData, Messages messages, AuditTrail audit, StaffLog staffLog,
      StaffNotices staff, RetentionPeriods retention, ChatLinks links) {
    return new OwnData(plans, planTexts, documents, personalData, messages, audit, staffLog,
        staff, retention, Optional.of(links));
  }

  @Bean
  ChatJoining chatJoining(ChatLinks links, ConversationService conversations, Messages messages,
      Notifier notifier) {
    return new ChatJoining(links, conversations, messages, notifier);
  }

  @Bean
  RetentionPeriods retentionPeriods(RetentionSettings settings) {
    return settings.periods();
  }

  @Bean
  Nudges nudges(FollowUpService followUps, ConversationService conversations,
      Notifier notifier, Messages messages, ConversationEvents events, Clinic clinic) {
    return new Nudges(followUps, conversations, notifier, messages, events,
        clinic.lateCheckInDays());
  }
}
