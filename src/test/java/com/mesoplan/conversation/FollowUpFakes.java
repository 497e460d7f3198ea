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

    @Override
    public List<FollowUp> notStopped() {
      return followUps.values().stream()
          .filter(f -> f.status() != FollowUp.Status.STOPPED).toList();
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

  boolean staffChat = true;
  final StaffAlerts staff = new StaffAlerts() {
    @Override
    public boolean reachStaff() {
      return staffChat;
    }

    @Override
    public void redFlag(String chatId, AlertLevel level, Set<Symptom> symptoms, String language) {
      alerts.add(level + " " + symptoms);
    }

    @Override
    public void irritation(String chatId, Set<Symptom> symptoms, String language) {
      alerts.add("IRRITATION " + symptoms);
    }

    @Override
    public void erasedWithOpenFlags(List<Long> flags) {
      alerts.add("ERASED " + flags);
    }
  };

  final Notifier notifier = (chatId, reply) -> notified.add(reply);

  final List<String> audited = new ArrayList<>();
  final AuditTrail audit = new AuditTrail() {
    @Override
    public void record(String actor, String action, Optional<String> person) {
      audited.add(actor + " · " + action + " · " + person.orElse("-"));
    }

    @Override
    public List<Entry> recent(int limit) {
      return List.of();
    }

    @Override
    public List<Entry> about(String person, int limit) {
      return List.of();
    }
  };

  final List<String> leads = new ArrayList<>();
  final StaffLog staffLog = new StaffLog() {
    private final List<Flag> flags = new ArrayList<>();
    private final Map<String, String> byChat = new ConcurrentHashMap<>();

    @Override
    public LeadShared lead(String chatId, String summary) {
      String before = byChat.put(chatId, summary);
      if (summary.equals(before)) {
        return new LeadShared(1, Shared.UNCHANGED);
      }
      leads.add(summary);
      return new LeadShared(1, before == null ? Shared.NEW : Shared.UPDATED);
    }

    private final List<Review> reviews = new ArrayList<>();

    @Override
    public long review(String chatId, String cautions) {
      reviews.removeIf(r -> r.chatId().equals(chatId));
      reviews.add(new Review(100 + reviews.size(), chatId, cautions, java.time.Instant.EPOCH));
      return reviews.get(reviews.size() - 1).id();
    }

    @Override
    public List<Review> openReviews() {
      return List.copyOf(reviews);
    }

    @Override
    public Optional<Case> settle(long id) {
      Optional<Review> review = reviews.stream().filter(r -> r.id() == id).findFirst();
      review.ifPresent(reviews::remove);
      if (review.isPresent()) {
        return Optional.of(new Case(id, review.get().chatId(), Case.Kind.PLAN_REVIEW));
      }
      return handle(id).map(chat -> new Case(id, chat, Case.Kind.RED_FLAG));
    }

    @Override
    public List<Long> openFlagsOf(String chatId) {
      return flags.stream().filter(f -> f.chatId().equals(chatId)).map(Flag::id).toList();
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
    public Optional<Lead> leadOf(String chatId) {
      return Optional.empty();
    }

    @Override
    public List<Lead> uncontactedLeads(int limit) {
      return List.of();
    }

    @Override
    public Optional<String> contacted(long leadId, String actor) {
      return Optional.empty();
    }

    @Override
    public List<Flag> openFlags() {
      return List.copyOf(flags);
    }

    @Override
    public Optional<String> handle(long flagId) {
      Optional<Flag> flag = flags.stream().filter(f -> f.id() == flagId).findFirst();
      flag.ifPresent(flags::remove);
      return flag.map(Flag::chatId);
    }
  };
}
