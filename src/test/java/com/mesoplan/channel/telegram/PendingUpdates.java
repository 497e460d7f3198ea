package com.mesoplan.channel.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Updates a fake Bot API hands out with getUpdates as Telegram does: every update from the
 * offset on, waiting up to a second for one, until a later offset confirms them.
 */
final class PendingUpdates {

  private final List<String> updates = new ArrayList<>();
  private long confirmedOffset;

  synchronized void add(String update) {
    updates.add(update);
    notifyAll();
  }

  synchronized long confirmedOffset() {
    return confirmedOffset;
  }

  /** The JSON array of updates from the offset on, at most {@code limit}. */
  synchronized String from(long offset, int timeout, int limit) {
    if (offset > confirmedOffset) {
      confirmedOffset = offset;
      updates.removeIf(u -> idOf(u) < offset);
    }
    long until = System.currentTimeMillis() + Math.min(timeout, 1) * 1000L;
    while (updates.stream().noneMatch(u -> idOf(u) >= offset)
        && System.currentTimeMillis() < until) {
      try {
        wait(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return "[" + String.join(",", updates.stream().filter(u -> idOf(u) >= offset).limit(limit)
        .toList()) + "]";
  }

  private static long idOf(String update) {
    int at = update.indexOf("\"update_id\":") + 12;
    int end = at;
    while (end < update.length() && Character.isDigit(update.charAt(end))) {
      end++;
    }
    return end == at ? -1 : Long.parseLong(update.substring(at, end));
  }
}
