package com.mesoplan.bench;

import com.mesoplan.config.DialogFiles;
import com.mesoplan.config.MessageFiles;
import com.mesoplan.config.ProtocolFile;
import com.mesoplan.conversation.ProfileFields;
import com.mesoplan.dialog.Answer;
import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.dialog.DialogState;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.dialog.Turn;
import com.mesoplan.followup.CheckInAssessor;
import com.mesoplan.followup.UrgentContacts;
import com.mesoplan.followup.CheckInReport;
import com.mesoplan.followup.Progress;
import com.mesoplan.followup.Symptom;
import com.mesoplan.recommendation.Climate;
import com.mesoplan.recommendation.Cocktail;
import com.mesoplan.recommendation.Goal;
import com.mesoplan.recommendation.PatientProfile;
import com.mesoplan.recommendation.Protocols;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.recommendation.Sensitivity;
import com.mesoplan.recommendation.Severity;
import com.mesoplan.recommendation.SkinType;
import com.mesoplan.recommendation.SunExposure;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.WorkingDays;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The pure core on one thread: a plan from a profile, a check-in assessment, and a whole
 * pre-consultation dialog (14 answers) through the dialog engine. Run with
 * {@code ./mvnw -Pjmh test-compile exec:exec} (see docs/BENCHMARKS.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CoreBenchmark {

  private static final List<String> ANSWERS = List.of("agree", "none", "none", "fine-lines",
      "moderate", "oily", "sensitive", "peptides", "44", "high", "dry", "high", "none", "skip");

  private RecommendationEngine engine;
  private CheckInAssessor assessor;
  private DialogEngine dialog;
  private PatientProfile[] profiles;
  private TreatmentPlan plan;
  private CheckInReport report;
  private int next;

  @Setup
  public void setUp() {
    Clock clock = Clock.systemUTC();
    Protocols protocols = ProtocolFile.load(Path.of("config", "protocols.yaml"));
    engine = new RecommendationEngine(protocols, Cocktail.HYALURONIC_ACID, clock);
    assessor = new CheckInAssessor(7, new WorkingDays(protocols.workingDays()), clock,
        new UrgentContacts("112", "+44 20 7946 0000"));
    dialog = new DialogEngine(DialogFiles.load(Path.of("dialogs"), new DialogValidator(
        ProfileFields.SCHEMA, MessageFiles.load(Path.of("dialogs", "messages"))))
        .get("pre-consultation"), clock);
    profiles = new PatientProfile[Goal.values().length * Sensitivity.values().length * 3];
    int i = 0;
    for (Goal goal : Goal.values()) {
      for (Sensitivity sensitivity : Sensitivity.values()) {
        for (SunExposure sun : SunExposure.values()) {
          profiles[i++] = PatientProfile.of(goal, Severity.values()[i % 3], SkinType.OILY,
              sensitivity, 25 + i % 40).withSunExposure(sun).withClimate(Climate.DRY);
        }
      }
    }
    plan = engine.recommend(profiles[0]);
    report = new CheckInReport(2, Set.of(Symptom.REDNESS, Symptom.SENSITIVITY), 4,
        Progress.NO_CHANGE, 2);
  }

  @Benchmark
  public TreatmentPlan plan() {
    next = (next + 1) % profiles.length;
    return engine.recommend(profiles[next]);
  }

  @Benchmark
  public Object checkIn() {
    return assessor.assess(plan, report);
  }

  @Benchmark
  public DialogState wholeDialog() {
    DialogState state = dialog.start();
    for (String answer : ANSWERS) {
      Answer given = answer.matches("\\d+") ? new Answer.Typed(answer) : new Answer.Chosen(answer);
      state = ((Turn.Moved) dialog.answer(state, given)).state();
    }
    return state;
  }
}
