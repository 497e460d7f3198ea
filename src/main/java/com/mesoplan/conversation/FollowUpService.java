package com.mesoplan.conversation;

import com.mesoplan.conversation.FollowUp.Status;
import com.mesoplan.dialog.DateInput;
import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.CheckInAssessment;
import com.mesoplan.followup.CheckInAssessor;
import com.mesoplan.followup.CheckInReport;
import com.mesoplan.followup.FollowUpPlanner;
import com.mesoplan.followup.Progress;
import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.Guards;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stays with a person through the treatment: reminders and check-ins once they ask for them,
 * the sessions they report done, moved or skipped, and what a check-in means for the plan
 * (stretched dates, or a pause and an alert to the clinic's staff).
 */
public final class FollowUpService {

  /** The pseudo-step of the buttons that offer follow-up after a plan. */
  public static final String OFFER = "followup";
  /** The pseudo-step of the buttons under a reminder: still on, moved, or not happening. */
  public static final String SESSION = "session";
  /** The option under a reminder that reports a problem with the skin. */
  public static final String PROBLEM = "problem";
  private static final int MIN_GAP = Guards.MIN_INTERVAL_DAYS;
  private static final int SENSITIVE_MIN_GAP = Guards.SENSITIVE_MIN_INTERVAL_DAYS;

  private final PlanStore plans;
  private final FollowUpStore followUps;
  private final NudgeSchedule schedule;
  private final FollowUpPlanner planner;
  private final CheckInAssessor assessor;
  private final StaffAlerts staff;
  private final Messages messages;
  private final ZoneId zone;
  private final Clock clock;
  private final ConversationEvents events;
  private final PlanTexts planTexts;

  public FollowUpService(PlanStore plans, FollowUpStore followUps, NudgeSchedule schedule,
      FollowUpPlanner planner, CheckInAssessor assessor, StaffAlerts staff, Messages messages,
      PlanTexts planTexts, ZoneId zone, Clock clock, ConversationEvents events) {
    this.planTexts = planTexts;
    this.events = events;
    this.plans = plans;
    this.followUps = followUps;
    this.schedule = schedule;
    this.planner = planner;
    this.assessor = assessor;
    this.staff = staff;
    this.messages = messages;
    this.zone = zone;
    this.clock = clock;
  }

  /** After a plan: the offer of reminders and check-ins, as two buttons. */
  void offer(String language, Reply.Builder reply) {
    reply.yesOrNo(messages.render(language, "followup.offer"),
        messages.render(language, "followup.yes"), messages.render(language, "followup.no"), OFFER);
  }

  /**
   * A reminder with the clinic's preparation advice and its buttons: the session is still on,
   * moved, or will not happen, or the person has a problem.
   */
  Reply reminder(int session, LocalDate date, String language) {
    String stillThere = session > 0
        ? "\n" + messages.render(language, "followup.reactionStillThere") : "";
    return Reply.builder().question(messages.render(language, Text.of("followup.reminder",
        "number", session + 1, "date", date)) + stillThere + "\n"
        + planTexts.preparation(language), List.of(
        new Reply.Button(messages.render(language, "followup.stillOn"), 0, SESSION, "kept", false),
        new Reply.Button(messages.render(language, "followup.wasMoved"), 0, SESSION, "moved",
            false),
        new Reply.Button(messages.render(language, "followup.notHappening"), 0, SESSION,
            "skipped", false),
        new Reply.Button(messages.render(language, "problem.button"), 0, SESSION, PROBLEM,
            false)), Optional.empty()).build();
  }

  void answerSession(String chatId, String option, String language, Reply.Builder reply) {
    Status status = followUps.find(chatId).map(FollowUp::status).orElse(Status.STOPPED);
    if (status != Status.ACTIVE) {
      reply.text(messages.render(language, switch (status) {
        case SAFETY_PAUSE -> "followup.isPaused";
        case PAUSED -> "followup.paused";
        default -> "followup.none";
      }));
      return;
    }
    switch (option) {
      case "skipped" -> skipped(chatId, language, reply);
      case "moved" -> reply.text(messages.render(language, "followup.movedHow"));
      default -> reply.text(messages.render(language, "followup.seeYou"));
    }
  }

  void answerOffer(String chatId, String option, String language, Reply.Builder reply) {
    if (option.equals("on")) {
      start(chatId, language, reply);
    } else {
      reply.text(messages.render(language, "followup.declined"));
    }
  }

  /**
   * Turns reminders and check-ins on for the person's plan, from the next session on; not after
   * a safety pause, which only the clinic lifts ({@link #resumeAfterSafetyPause}).
   */
  void start(String chatId, String language, Reply.Builder reply) {
    if (followUps.find(chatId).map(f -> f.status() == Status.SAFETY_PAUSE).orElse(false)) {
      reply.text(messages.render(language, "followup.resumeByClinic"));
      return;
    }
    Optional<TreatmentPlan> found = plans.find(chatId);
    Optional<TreatmentPlan> plan = found.filter(TreatmentPlan::isBookable);
    if (plan.isEmpty()) {
      reply.text(messages.render(language, found.filter(TreatmentPlan::hasSchedule).isPresent()
          ? "followup.awaitingReview" : "plan.none"));
      return;
    }
    FollowUp followUp = followUps.find(chatId).orElse(
        new FollowUp(chatId, Status.ACTIVE, 0, language, Optional.empty())).with(Status.ACTIVE);
    followUps.save(followUp);
    schedule.replace(chatId, planner.nudges(plan.get(), zoneOf(followUp),
        followUp.sessionsDone()));
    events.reached(chatId, new FunnelStage.RemindersOn());
    reply.text(messages.render(language, "followup.started"));
    if (followUp.timeZone().isEmpty()) {
      reply.text(messages.render(language, Text.of("followup.timeZoneAsk", "zone", zone.getId())));
    }
  }

  /**
   * The clinic has seen the person after a red flag and lifts the safety pause: reminders and
   * check-ins run again from the next session. Returns what to tell the person, or empty when
   * their follow-up was not paused for safety.
   */
  public Optional<Reply> resumeAfterSafetyPause(String chatId) {
    Optional<FollowUp> paused = followUps.find(chatId)
        .filter(f -> f.status() == Status.SAFETY_PAUSE);
    Optional<TreatmentPlan> plan = plans.find(chatId).filter(TreatmentPlan::isBookable);
    if (paused.isEmpty()) {
      return Optional.empty();
    }
    FollowUp running = paused.get().with(Status.ACTIVE);
    followUps.save(running);
    plan.ifPresent(p -> schedule.replace(chatId, planner.nudges(p, zoneOf(running),
        running.sessionsDone())));
    return Optional.of(Reply.builder()
        .text(messages.render(running.language(), "followup.resumedByClinic")).build());
  }

  private ZoneId zoneOf(FollowUp followUp) {
    return followUp.timeZone().orElse(zone);
  }

  /** The person's own time zone ("Europe/Berlin"); reminders are scheduled again in it. */
  void timeZone(String chatId, String argument, String language, Reply.Builder reply) {
    Optional<ZoneId> chosen;
    try {
      chosen = Optional.of(ZoneId.of(argument.strip()));
    } catch (DateTimeException e) {
      chosen = Optional.empty();
    }
    if (chosen.isEmpty()) {
      reply.text(messages.render(language, Text.of("followup.timeZoneHow", "zone", zone.getId())));
      return;
    }
    FollowUp followUp = followUps.find(chatId).orElse(
        new FollowUp(chatId, Status.STOPPED, 0, language, Optional.empty()))
        .withTimeZone(chosen.get());
    followUps.save(followUp);
    Optional<TreatmentPlan> plan = plans.find(chatId).filter(TreatmentPlan::isBookable);
    if (followUp.status() == Status.ACTIVE && plan.isPresent()) {
      schedule.replace(chatId, planner.nudges(plan.get(), chosen.get(), followUp.sessionsDone()));
    }
    reply.text(messages.render(language, Text.of("followup.timeZoneSet",
        "zone", chosen.get().getId())));
  }

  void pause(String chatId, String language, Reply.Builder reply) {
    changeStatus(chatId, Status.PAUSED, language, "followup.paused", reply);
  }

  void stop(String chatId, String language, Reply.Builder reply) {
    changeStatus(chatId, Status.STOPPED, language, "followup.stopped", reply);
  }

  private void changeStatus(String chatId, Status status, String language, String key,
      Reply.Builder reply) {
    Optional<FollowUp> followUp = followUps.find(chatId);
    if (followUp.isEmpty()) {
      reply.text(messages.render(language, "followup.none"));
      return;
    }
    followUps.save(followUp.get().with(status));
    schedule.cancel(chatId);
    reply.text(messages.render(language, key));
  }

  /** The person reports the next session done: the count moves on. */
  void done(String chatId, String language, Reply.Builder reply) {
    withCourse(chatId, language, reply, (followUp, plan) -> {
      int done = Math.min(followUp.sessionsDone() + 1, plan.sessions().size());
      save(followUp.withSessionsDone(done), plan, language, "followup.doneNoted", reply);
    });
  }

  /** The next session moved to another day: it and every later one shift by the same days. */
  void moved(String chatId, String argument, String language, Reply.Builder reply) {
    Optional<LocalDate> date = DateInput.read(argument, LocalDate.now(clock));
    if (date.isEmpty()) {
      reply.text(messages.render(language, "followup.movedHow"));
      return;
    }
    withCourse(chatId, language, reply, (followUp, plan) -> {
      int next = followUp.sessionsDone();
      Optional<LocalDate> earliest = earliestFor(plan, next);
      if (earliest.isPresent() && date.get().isBefore(earliest.get())) {
        reply.text(messages.render(language, Text.of("followup.movedTooEarly",
            "days", minimumGap(plan), "date", earliest.get())));
        return;
      }
      long shift = ChronoUnit.DAYS.between(plan.sessions().get(next).date(), date.get());
      List<ProposedSession> dates = new ArrayList<>(plan.sessions());
      for (int i = next; i < dates.size(); i++) {
        dates.set(i, new ProposedSession(dates.get(i).date().plusDays(shift), dates.get(i).phase()));
      }
      save(followUp, plan.withSessions(dates), language, "followup.movedNoted", reply);
    });
  }

  /**
   * The earliest day the session may move to: a full minimum interval after the session before
   * it, and never today or before.
   */
  private Optional<LocalDate> earliestFor(TreatmentPlan plan, int session) {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    if (session == 0) {
      return Optional.of(tomorrow);
    }
    LocalDate afterLast = plan.sessions().get(session - 1).date().plusDays(minimumGap(plan));
    return Optional.of(afterLast.isAfter(tomorrow) ? afterLast : tomorrow);
  }

  /**
   * The shortest break a moved session may leave: 7 days, or 14 for a plan made for sensitive
   * skin (whose shortest loading interval the guards hold at 14 or more).
   */
  private static int minimumGap(TreatmentPlan plan) {
    int shortest = plan.loading().map(l -> l.intervalDays().min()).orElse(MIN_GAP);
    return shortest >= SENSITIVE_MIN_GAP ? SENSITIVE_MIN_GAP : MIN_GAP;
  }

  /** The next session did not happen: it leaves the plan; the later ones keep their dates. */
  void skipped(String chatId, String language, Reply.Builder reply) {
    withCourse(chatId, language, reply, (followUp, plan) -> {
      List<ProposedSession> dates = new ArrayList<>(plan.sessions());
      dates.remove(followUp.sessionsDone());
      save(followUp, plan.withSessions(dates), language, "followup.skippedNoted", reply);
    });
  }

  private interface CourseChange {
    void apply(FollowUp followUp, TreatmentPlan plan);
  }

  private void withCourse(String chatId, String language, Reply.Builder reply,
      CourseChange change) {
    Optional<FollowUp> followUp = followUps.find(chatId);
    Optional<TreatmentPlan> plan = plans.find(chatId).filter(TreatmentPlan::isBookable);
    if (followUp.isEmpty() || plan.isEmpty()) {
      reply.text(messages.render(language, "followup.none"));
      return;
    }
    if (followUp.get().sessionsDone() >= plan.get().sessions().size()) {
      reply.text(messages.render(language, "followup.allDone"));
      return;
    }
    change.apply(followUp.get(), plan.get());
  }

  /** Stores the changed course, schedules what is left, and shows the dates ahead. */
  private void save(FollowUp followUp, TreatmentPlan plan, String language, String key,
      Reply.Builder reply) {
    followUps.save(followUp);
    plans.save(followUp.chatId(), plan);
    if (followUp.status() == Status.ACTIVE) {
      schedule.replace(followUp.chatId(), planner.nudges(plan, zoneOf(followUp),
          followUp.sessionsDone()));
    }
    reply.text(messages.render(language, key) + "\n" + upcoming(plan, followUp, language));
  }

  private String upcoming(TreatmentPlan plan, FollowUp followUp, String language) {
    StringBuilder out = new StringBuilder();
    for (int i = followUp.sessionsDone(); i < plan.sessions().size(); i++) {
      out.append(messages.render(language, Text.of("plan.session", "number", i + 1,
          "date", plan.sessions().get(i).date()))).append('\n');
    }
    return out.toString().stripTrailing();
  }

  /** A check-in is due for a session: it counts as done unless the person said otherwise. */
  boolean checkInDue(String chatId, int session) {
    Optional<FollowUp> followUp = followUps.find(chatId).filter(f -> f.status() == Status.ACTIVE);
    followUp.filter(f -> f.sessionsDone() < session + 1)
        .ifPresent(f -> followUps.save(f.withSessionsDone(session + 1)));
    return followUp.isPresent();
  }

  /** Whether a nudge still fits: follow-up running and the session still on that day. */
  boolean stillDue(String chatId, int session, LocalDate date) {
    boolean active = followUps.find(chatId).map(f -> f.status() == Status.ACTIVE).orElse(false);
    return active && plans.find(chatId).map(p -> session < p.sessions().size()
        && p.sessions().get(session).date().equals(date)).orElse(false);
  }

  /**
   * Ends a running or paused follow-up once its last planned session lies further back than
   * {@code after}; says whether it ended. A follow-up paused for safety is not ended here: it is
   * kept as a safety record.
   */
  public boolean endIfOver(String chatId, Period after) {
    Optional<FollowUp> followUp = followUps.find(chatId)
        .filter(f -> f.status() == Status.ACTIVE || f.status() == Status.PAUSED);
    Optional<LocalDate> last = plans.find(chatId).flatMap(p -> p.sessions().stream()
        .map(ProposedSession::date).max(LocalDate::compareTo));
    if (followUp.isEmpty() || last.isPresent()
        && !last.get().plus(after).isBefore(LocalDate.now(clock))) {
      return false;
    }
    followUps.save(followUp.get().with(Status.STOPPED));
    schedule.cancel(chatId);
    return true;
  }

  /**
   * Whether a late check-in still fits: follow-up running, the session still in the plan, and
   * the check-in's day still the configured weeks after it.
   */
  boolean lateCheckInDue(String chatId, int session, LocalDate day, List<Integer> lateDays) {
    boolean active = followUps.find(chatId).map(f -> f.status() == Status.ACTIVE).orElse(false);
    return active && plans.find(chatId).map(p -> session < p.sessions().size()
        && lateDays.contains((int) ChronoUnit.DAYS.between(p.sessions().get(session).date(),
            day))).orElse(false);
  }

  String language(String chatId) {
    return followUps.find(chatId).map(FollowUp::language).orElse(Messages.REFERENCE_LANGUAGE);
  }

  /** The end of a check-in dialog: the assessment, its reply, and what it changes. */
  void assess(String chatId, Map<String, Object> fields, String language, Reply.Builder reply) {
    Optional<FollowUp> followUp = followUps.find(chatId);
    Optional<TreatmentPlan> plan = plans.find(chatId).filter(TreatmentPlan::hasSchedule);
    if (followUp.isEmpty() || plan.isEmpty()) {
      assessWithoutPlan(chatId, fields, language, reply);
      return;
    }
    CheckInReport report = report(fields, followUp.get(), plan.get());
    CheckInAssessment assessment = assessor.assess(plan.get(), report);
    List<String> advice = assessment.advice().stream().map(t -> messages.render(language, t))
        .toList();
    reply.text(String.join("\n", advice));
    events.checkedIn(chatId, assessment.level(), report.symptoms());
    if (assessment.level().isRedFlag()) {
      followUps.save(followUp.get().with(Status.SAFETY_PAUSE));
      schedule.cancel(chatId);
      staff.redFlag(chatId, assessment.level(), report.symptoms(), language);
      events.redFlag(assessment.level());
      reply.text(messages.render(language, staff.reachStaff() ? "followup.pausedForSafety"
          : "followup.pausedForSafetyAlone"));
    } else if (assessment.level() == AlertLevel.EXTEND) {
      List<ProposedSession> dates = new ArrayList<>(plan.get().sessions());
      List<LocalDate> next = assessment.nextDates();
      for (int i = 0; i < next.size() && report.sessionsDone() + i < dates.size(); i++) {
        int index = report.sessionsDone() + i;
        dates.set(index, new ProposedSession(next.get(i), dates.get(index).phase()));
      }
      staff.irritation(chatId, report.symptoms(), language);
      if (staff.reachStaff()) {
        reply.text(messages.render(language, "followup.clinicTold"));
      }
      save(followUp.get(), plan.get().withSessions(dates), language, "followup.stretched", reply);
    }
  }

  /** A problem reported by someone not in follow-up: what to do, and the clinic alerted. */
  private void assessWithoutPlan(String chatId, Map<String, Object> fields, String language,
      Reply.Builder reply) {
    CheckInReport report = report(fields, 0, 0);
    CheckInAssessment assessment = assessor.adviceOnly(report);
    reply.text(assessment.advice().stream().map(t -> messages.render(language, t))
        .reduce((a, b) -> a + "\n" + b).orElse(""));
    events.checkedIn(chatId, assessment.level(), report.symptoms());
    if (assessment.level().isRedFlag()) {
      staff.redFlag(chatId, assessment.level(), report.symptoms(), language);
      events.redFlag(assessment.level());
      reply.text(messages.render(language, staff.reachStaff() ? "followup.clinicTold"
          : "problem.callYourself"));
    }
  }

  String clinicPhone() {
    return assessor.contacts().clinicPhone();
  }

  /** What a person who reports a problem is told first, before the questions. */
  Text problemIntro() {
    return Text.of("problem.intro", "number", assessor.contacts().emergencyNumber(),
        "phone", assessor.contacts().clinicPhone());
  }

  private CheckInReport report(Map<String, Object> fields, FollowUp followUp, TreatmentPlan plan) {
    int done = Math.max(1, followUp.sessionsDone());
    LocalDate last = plan.sessions().get(Math.min(done, plan.sessions().size()) - 1).date();
    int since = (int) Math.max(0, ChronoUnit.DAYS.between(last, LocalDate.now(clock)));
    return report(fields, since, done);
  }

  /** The check-in dialog's answers as a report, the session counts given. */
  @SuppressWarnings("unchecked")
  private static CheckInReport report(Map<String, Object> fields, int daysSince, int done) {
    Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    ((Set<String>) fields.getOrDefault("symptoms", Set.of()))
        .forEach(s -> symptoms.add(Symptom.valueOf(s)));
    Progress progress = Optional.ofNullable((String) fields.get("progress"))
        .map(Progress::valueOf).orElse(Progress.NO_CHANGE);
    return new CheckInReport(daysSince, symptoms,
        (Integer) fields.getOrDefault("symptomDays", 0), progress, done);
  }
}
