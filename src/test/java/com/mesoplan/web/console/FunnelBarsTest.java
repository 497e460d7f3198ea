package com.mesoplan.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunnelBarsTest {

  private static final List<FunnelBars.Step> STAGES = List.of(
      new FunnelBars.Step("started", "Started"),
      new FunnelBars.Step("question:consent", "Q1"),
      new FunnelBars.Step("consented", "Consented"),
      new FunnelBars.Step("question:age", "Q2"),
      new FunnelBars.Step("question:goal", "Q3"),
      new FunnelBars.Step("result:ok", "Plan"));

  @Test
  void barsAreSharesOfThoseWhoStartedAndTheBiggestLossBetweenQuestionsIsMarked() {
    Cards.Funnel funnel = FunnelBars.of(STAGES, Map.of("started", 10L, "question:consent", 10L,
        "consented", 8L, "question:age", 8L, "question:goal", 3L, "result:ok", 3L));
    assertThat(funnel.started()).isEqualTo(10);
    assertThat(funnel.stages()).extracting(Cards.Stage::percentOfStarted)
        .containsExactly(100, 100, 80, 80, 30, 30);
    assertThat(funnel.stages()).extracting(Cards.Stage::percentOfPrevious)
        .containsExactly(100, 100, 80, 100, 38, 100);
    assertThat(funnel.stages()).filteredOn(Cards.Stage::biggestDrop)
        .extracting(Cards.Stage::label).containsExactly("Q3");
  }

  @Test
  void nobodyStartedGivesEmptyBarsAndNoDrop() {
    Cards.Funnel funnel = FunnelBars.of(STAGES, Map.of());
    assertThat(funnel.started()).isZero();
    assertThat(funnel.stages()).allSatisfy(s -> {
      assertThat(s.people()).isZero();
      assertThat(s.percentOfStarted()).isZero();
      assertThat(s.biggestDrop()).isFalse();
    });
  }

  @Test
  void aLossAtAnOutcomeIsNotWherePeopleStop() {
    Cards.Funnel funnel = FunnelBars.of(STAGES, Map.of("started", 5L, "question:consent", 5L,
        "consented", 5L, "question:age", 5L, "question:goal", 5L, "result:ok", 1L));
    assertThat(funnel.stages()).noneMatch(Cards.Stage::biggestDrop);
  }
}
