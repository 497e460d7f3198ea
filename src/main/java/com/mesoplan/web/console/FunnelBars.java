package com.mesoplan.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The funnel's bars: each stage's people as a share of those who started and of the stage
 * before; the biggest loss between two consecutive questions is where people stop.
 */
final class FunnelBars {

  private FunnelBars() {}

  /** A stage of the funnel: its key (as counted) and its label. */
  record Step(String key, String label) {}

  /** @param stages the stages in the order people meet them, the first being "started" */
  static Cards.Funnel of(List<Step> stages, Map<String, Long> counts) {
    long started = counts.getOrDefault(stages.get(0).key(), 0L);
    int drop = biggestDrop(stages, counts);
    List<Cards.Stage> bars = new ArrayList<>();
    long previous = started;
    for (int i = 0; i < stages.size(); i++) {
      long people = counts.getOrDefault(stages.get(i).key(), 0L);
      bars.add(new Cards.Stage(stages.get(i).label(), people, percent(people, started),
          percent(people, previous), i == drop));
      previous = people;
    }
    return new Cards.Funnel(bars, started);
  }

  /** The index of the question after which the most people were lost; -1 when none were. */
  private static int biggestDrop(List<Step> stages, Map<String, Long> counts) {
    int worst = -1;
    long most = 0;
    for (int i = 1; i < stages.size(); i++) {
      String key = stages.get(i).key();
      if (!key.startsWith("question:") && !key.equals("consented")) {
        continue;
      }
      long lost = counts.getOrDefault(stages.get(i - 1).key(), 0L)
          - counts.getOrDefault(key, 0L);
      if (lost > most) {
        most = lost;
        worst = i;
      }
    }
    return worst;
  }

  private static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
  }
}
