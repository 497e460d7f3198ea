package com.mesoplan.conversation;

import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Symptom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the clinic's console reads about people's way through mesoplan: how many reached each
 * stage of the pre-consultation, and each person's check-ins. Written as the events happen.
 */
public interface Journeys extends ConversationEvents {

  /** One check-in's outcome. */
  record CheckIn(Instant at, AlertLevel level, Set<Symptom> symptoms) {}

  /** The person's check-ins, the newest first. */
  List<CheckIn> checkIns(String chatId);

  /**
   * For people who started the pre-consultation since then (from the campaign, if given): how
   * many reached each stage, by {@link FunnelStage#key()}, with "started" for all of them.
   */
  Map<String, Long> funnel(Instant since, Optional<String> campaign);

  /** The campaigns people started from since then, by name. */
  List<String> campaigns(Instant since);

  String STARTED = "started";
}
