package com.mesoplan.web.console;

import java.util.List;
import java.util.Optional;

/** What the console's pages show, ready for the templates. */
final class Cards {

  private Cards() {}

  /** A person as staff see them: their name and, where their channel has one, a chat link. */
  record Person(String id, String name, Optional<String> link) {}

  record RedFlag(long id, String level, boolean emergency, String at, String symptoms,
      Person person) {}

  record Review(long id, String at, String cautions, String summary, String plan,
      Person person) {}

  record Lead(long id, String at, String summary, Person person, Optional<String> contacted) {}

  record InFollowUp(Person person, String status, boolean paused, String nextSession,
      String lastCheckIn, boolean redFlag, int sessionsDone) {}

  record CheckIn(String at, String level, boolean redFlag, String symptoms) {}

  record Audited(String at, String actor, String action) {}

  /** One bar of the funnel: how many reached the stage, as a share of those who started. */
  record Stage(String label, long people, int percentOfStarted, int percentOfPrevious,
      boolean biggestDrop) {}

  record Funnel(List<Stage> stages, long started) {}
}
