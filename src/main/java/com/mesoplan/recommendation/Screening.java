package com.mesoplan.recommendation;

import com.mesoplan.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The safety screening's verdict: what stops a schedule and what makes it provisional. */
public record Screening(List<Text> referralReasons, List<Text> cautions) {

  /** Adults only: younger people are referred whatever else they answer. */
  public static final int ADULT_AGE = 18;

  private static final Screening CLEAR = new Screening(List.of(), List.of());

  public Screening {
    referralReasons = List.copyOf(referralReasons);
    cautions = List.copyOf(cautions);
  }

  /** Screens the findings alone, for a screening that ends before the age is asked. */
  public static Screening of(Set<ScreeningFinding> findings) {
    return of(findings, ADULT_AGE);
  }

  /** Screens the findings and the age; findings are listed in their declared order. */
  public static Screening of(Set<ScreeningFinding> findings, int age) {
    if (findings.isEmpty() && age >= ADULT_AGE) {
      return CLEAR;
    }
    List<Text> referral = new ArrayList<>();
    List<Text> cautions = new ArrayList<>();
    if (age < ADULT_AGE) {
      referral.add(Text.of("referral.UNDER_18", "age", ADULT_AGE));
    }
    for (ScreeningFinding finding : ScreeningFinding.values()) {
      if (findings.contains(finding)) {
        (finding.isHardStop() ? referral : cautions).add(Text.of(keyOf(finding)));
      }
    }
    return new Screening(referral, cautions);
  }

  public PlanStatus status() {
    if (!referralReasons.isEmpty()) {
      return PlanStatus.REFERRED;
    }
    return cautions.isEmpty() ? PlanStatus.OK : PlanStatus.PROVISIONAL;
  }

  private static String keyOf(ScreeningFinding finding) {
    return (finding.isHardStop() ? "referral." : "caution.") + finding.name();
  }
}
