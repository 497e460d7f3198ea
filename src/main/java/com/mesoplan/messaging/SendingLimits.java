package com.mesoplan.messaging;

import java.util.function.Predicate;

/**
 * A channel's sending limits: calls a second overall and to one chat (with the burst a chat may
 * have), and the slower pace of group chats, which the channel recognises.
 */
public record SendingLimits(int callsPerSecond, int chatCallsPerSecond, int chatBurst,
    Predicate<String> isGroup, int groupCallsPerMinute) {

  public SendingLimits {
    if (callsPerSecond < 1 || chatCallsPerSecond < 1 || chatBurst < 1 || groupCallsPerMinute < 1) {
      throw new IllegalArgumentException("sending limits must be at least 1: " + callsPerSecond
          + "/s, " + chatCallsPerSecond + "/s a chat, burst " + chatBurst + ", "
          + groupCallsPerMinute + "/min a group");
    }
  }
}
