package com.mesoplan.scheduling;

/** What a scheduled reminder or check-in needs to fire: whom, which kind, which session. */
public record NudgeTask(String chatId, String kind, int session, String sessionDate) {}
