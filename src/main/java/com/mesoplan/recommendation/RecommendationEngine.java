package com.mesoplan.recommendation;

import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.TreatmentPlan.LoadingPhase;
import com.mesoplan.recommendation.TreatmentPlan.MaintenancePhase;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a patient profile into a suggested schedule: screening first, then the clinic's base
 * protocol moved by each factor, then the guards, then proposed dates. A pure function of the
 * profile, the protocol and today's date.
 */
public final class RecommendationEngine {

  /** How many maintenance sessions get a proposed date. */
  public static final int PROPOSED_MAINTENANCE_SESSIONS = 3;

  private static final Text CONSULT = Text.of("consult.practitioner");

  private final Protocols protocols;
  private final Cocktail clinicDefaultCocktail;
  private final WorkingDays workingDays;
  private final Clock clock;

  public RecommendationEngine(Protocols protocols, Cocktail clinicDefaultCocktail, Clock clock) {
    if (clinicDefaultCocktail == Cocktail.UNKNOWN) {
      throw new IllegalArgumentException("the clinic's default cocktail must be a known one");
    }
    this.protocols = protocols;
    this.clinicDefaultCocktail = clinicDefaultCocktail;
    this.workingDays = new WorkingDays(protocols.workingDays());
    this.clock = clock;
  }

  public TreatmentPlan recommend(PatientProfile profile) {
    Screening screening = Screening.of(profile.screening(), profile.age());
    if (screening.status() == PlanStatus.REFERRED) {
      return referral(screening);
    }
    PlanDraft draft = draft(profile);
    LoadingPhase loading = new LoadingPhase(draft.loadingSessions, draft.loadingIntervalDays);
    MaintenancePhase maintenance = new MaintenancePhase(draft.maintenanceDays);
    List<Text> cautions = new ArrayList<>(screening.cautions());
    if (!profile.otherProcedures().isEmpty()) {
      cautions.add(Text.of("caution.procedureGap", "days", protocols.procedureGapDays()));
    }
    List<Text> reasons = new ArrayList<>(draft.reasons);
    LocalDate earliest = earliestAfterScreening(profile);
    if (earliest.isAfter(firstPossibleDate(profile))) {
      reasons.add(Text.of("reason.waitingTime", "date", earliest));
    }
    return new TreatmentPlan(screening.status(), Optional.of(loading), Optional.of(maintenance),
        dates(max(earliest, firstPossibleDate(profile)), loading, maintenance), reasons,
        cautions, CONSULT);
  }

  /** Tomorrow, or later when a caution asks for a waiting time. */
  private LocalDate earliestAfterScreening(PatientProfile profile) {
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest = today.plusDays(1);
    for (ScreeningFinding finding : profile.screening()) {
      earliest = max(earliest, today.plus(finding.waitBefore()));
    }
    return earliest;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * A referral without a schedule, for a screening that ended the dialog early. A screening
   * without a hard stop still refers: the dialog chose to send the person to a practitioner.
   */
  public TreatmentPlan referral(Screening screening) {
    return new TreatmentPlan(PlanStatus.REFERRED, Optional.empty(), Optional.empty(), List.of(),
        screening.referralReasons(), screening.cautions(), CONSULT);
  }

  private PlanDraft draft(PatientProfile profile) {
    Goal goal = profile.goal();
    BaseProtocol base = protocols.base(goal, profile.severity());
    PlanDraft draft = new PlanDraft(base);
    draft.reasons.add(Text.of("reason.base", "goal", goal, "severity", profile.severity()));
    Cocktail cocktail = profile.cocktail();
    if (cocktail == Cocktail.UNKNOWN) {
      cocktail = clinicDefaultCocktail;
      draft.reasons.add(Text.of("reason.defaultCocktail", "cocktail", cocktail));
    }
    draft.adjust(profile.sensitivity(), protocols.sensitivity().get(profile.sensitivity()).forGoal(goal));
    draft.adjust(profile.skinType(), protocols.skinType().get(profile.skinType()).forGoal(goal));
    draft.adjust(cocktail, protocols.cocktail().get(cocktail).forGoal(goal));
    for (AgeBand band : protocols.age()) {
      if (band.contains(profile.age())) {
        draft.adjust(ageFactor(band), band.adjustment().forGoal(goal));
      }
    }
    draft.adjust(profile.sunExposure(), protocols.sunExposure().get(profile.sunExposure()).forGoal(goal));
    draft.adjust(profile.climate(), protocols.climate().get(profile.climate()).forGoal(goal));
    draft.adjust(profile.stress(), protocols.stress().get(profile.stress()).forGoal(goal));
    if (!profile.otherProcedures().isEmpty()) {
      draft.adjust(Text.of("factor.procedures"), protocols.combinedProcedures().forGoal(goal));
    }
    Guards.apply(draft, profile);
    return draft;
  }

  private static Text ageFactor(AgeBand band) {
    if (band.untilAge() == Integer.MAX_VALUE) {
      return Text.of("factor.ageFrom", "age", band.fromAge());
    }
    if (band.fromAge() == 0) {
      return Text.of("factor.ageUnder", "age", band.untilAge());
    }
    return Text.of("factor.ageBetween", "from", band.fromAge(), "until", band.untilAge() - 1);
  }

  private List<ProposedSession> dates(
      LocalDate first, LoadingPhase loading, MaintenancePhase maintenance) {
    List<ProposedSession> sessions = new ArrayList<>();
    LocalDate date = workingDays.onOrAfter(first);
    for (int i = 0; i < loading.sessions().proposed(); i++) {
      sessions.add(new ProposedSession(date, Phase.LOADING));
      date = workingDays.onOrAfter(date.plusDays(loading.intervalDays().proposed()));
    }
    LocalDate last = sessions.get(sessions.size() - 1).date();
    for (int i = 0; i < PROPOSED_MAINTENANCE_SESSIONS; i++) {
      last = workingDays.onOrAfter(last.plusDays(maintenance.intervalDays().proposed()));
      sessions.add(new ProposedSession(last, Phase.MAINTENANCE));
    }
    return sessions;
  }

  /** The person's preferred start if it is still ahead, else tomorrow. */
  private LocalDate firstPossibleDate(PatientProfile profile) {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    return profile.startDate().filter(d -> !d.isBefore(tomorrow)).orElse(tomorrow);
  }
}
