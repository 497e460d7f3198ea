package com.mesoplan.conversation;

import java.util.Map;

/**
 * One place that keeps data about a person. /export gathers what every place holds, /delete
 * erases it everywhere.
 */
public interface PersonalData {

  /** A short name for the part of the export this place fills. */
  String name();

  /** Everything this place holds about the chat, as plain values (maps, lists, text, numbers). */
  Map<String, Object> export(String chatId);

  void erase(String chatId);
}
