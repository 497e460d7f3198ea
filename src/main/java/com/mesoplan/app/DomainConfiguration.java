package com.mesoplan.app;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.config.ClinicFile;
import com.mesoplan.config.DialogFiles;
import com.mesoplan.config.InvalidConfigurationException;
import com.mesoplan.config.MessageFiles;
import com.mesoplan.config.ProtocolFile;
import com.mesoplan.conversation.ConversationRepository;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Documents;
import com.mesoplan.conversation.Outcomes;
import com.mesoplan.conversation.OwnData;
import com.mesoplan.conversation.PersonalData;
import com.mesoplan.conversation.PlanStore;
import com.mesoplan.documents.FileDocuments;
import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.conversation.ProfileFields;
import com.mesoplan.dialog.DialogDefinition;
import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.followup.CheckInAssessor;
import com.mesoplan.i18n.Messages;
import com.mesoplan.recommendation.Protocols;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.recommendation.WorkingDays;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the clinic's files once at start (a bad one stops the start, naming file and entry) and
 * wires the plain-Java domain.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MesoplanFiles.class)
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
  Messages messages(MesoplanFiles files) {
    return MessageFiles.load(Path.of(files.dialogsDir(), "messages"));
  }

  @Bean
  Map<String, DialogDefinition> dialogs(MesoplanFiles files, Messages messages) {
    Map<String, DialogDefinition> dialogs = DialogFiles.load(Path.of(files.dialogsDir()),
        new DialogValidator(ProfileFields.SCHEMA, messages));
    if (!dialogs.containsKey(PRE_CONSULTATION)) {
      throw new InvalidConfigurationException(files.dialogsDir(),
          "no dialog with id '" + PRE_CONSULTATION + "'");
    }
    return dialogs;
  }

  @Bean
  RecommendationEngine recommendationEngine(Protocols protocols, Clinic clinic, Clock clock) {
    return new RecommendationEngine(protocols, clinic.defaultCocktail(), clock);
  }

  @Bean
  CheckInAssessor checkInAssessor(Protocols protocols, Clock clock) {
    return new CheckInAssessor(protocols.irritationExtensionDays(),
        new WorkingDays(protocols.workingDays()), clock);
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
  ConversationService conversationService(Map<String, DialogDefinition> dialogs,
      Messages messages, RecommendationEngine recommendations, PlanTexts planTexts,
      ConversationRepository repository, PlanStore plans, Documents documents,
      List<PersonalData> personalData, Clock clock) {
    DialogEngine preConsultation = new DialogEngine(dialogs.get(PRE_CONSULTATION), clock);
    return new ConversationService(preConsultation, messages,
        new Outcomes(recommendations, planTexts, repository, plans), repository,
        new OwnData(plans, planTexts, documents, personalData, messages));
  }
}
