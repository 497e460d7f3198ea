package com.mesoplan.conversation;

import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Nudge;
import com.mesoplan.followup.Symptom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory follow-up store, schedule, staff alerts and notifier, for tests without a database. */
final class FollowUpFakes {

  final Map<String, FollowUp> followUps = new ConcurrentHashMap<>();
  final Map<String, List<Nudge>> scheduled = new ConcurrentHashMap<>();
  final List<String> alerts = new ArrayList<>();
  final List<Reply> notified = new ArrayList<>();

  final FollowUpStore store = new FollowUpStore() {
    @Override
    public Optional<FollowUp> find(String chatId) {
      return Optional.ofNullable(followUps.get(chatId));
    }

    @Override
    public void save(FollowUp followUp) {
      followUps.put(followUp.chatId(), followUp);
    }
  };

  final NudgeSchedule schedule = new NudgeSchedule() {
    @Override
    public void replace(String chatId, List<Nudge> nudges) {
      scheduled.put(chatId, List.copyOf(nudges));
    }

    @Override
    public void cancel(String chatId) {
      scheduled.remove(chatId);
    }
  };

  final StaffAlerts staff = new StaffAlerts() {
    @Override
    public void redFlag(String chatId, AlertLevel level, Set<Symptom> symptoms, String language) {
      alerts.add(level + " " + symptoms);
    }

    @Override
    public void irritation(String chatId, Set<Symptom> symptoms, String language) {
      alerts.add("IRRITATION " + symptoms);
    }
  };

  final Notifier notifier = (chatId, reply) -> notified.add(reply);

  final List<String> leads = new ArrayList<>();
  final StaffLog staffLog = new StaffLog() {
    private final List<Flag> flags = new ArrayList<>();

    @Override
    public void lead(String chatId, String summary) {
      leads.add(summary);
    }

    @Override
    public void flag(String chatId, String level, String symptoms) {
      flags.add(new Flag(flags.size() + 1, chatId, level, symptoms, java.time.Instant.EPOCH));
    }

    @Override
    public List<Lead> recentLeads(int limit) {
      return List.of();
    }

    @Override
    public List<Flag> openFlags() {
      return List.copyOf(flags);
    }

    @Override
    public boolean handle(long flagId) {
      return flags.removeIf(f -> f.id() == flagId);
    }
  };
}
