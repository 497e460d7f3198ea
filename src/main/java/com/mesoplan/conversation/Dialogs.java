package com.mesoplan.conversation;

import com.mesoplan.dialog.DialogEngine;
import java.util.Map;

/**
 * The dialogs a conversation can be in, by id: the pre-consultation (where every conversation
 * starts) and the ones the follow-up opens, such as the check-in.
 */
public final class Dialogs {

  private final Map<String, DialogEngine> engines;
  private final DialogEngine main;

  public Dialogs(Map<String, DialogEngine> engines, String mainId) {
    this.engines = Map.copyOf(engines);
    this.main = engines.get(mainId);
    if (main == null) {
      throw new IllegalArgumentException("no dialog '" + mainId + "'");
    }
  }

  public DialogEngine main() {
    return main;
  }

  /** The engine of a dialog id; a dialog that no longer exists falls back to the main one. */
  public DialogEngine of(String dialogId) {
    return engines.getOrDefault(dialogId, main);
  }
}
