package com.mesoplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairQueueTest {

  /** A clock the test moves. */
  private static final class FakeTime implements TimeMeter {
    long nanos = 1_000_000_000L;

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }

  private final FakeTime time = new FakeTime();

  /**
   * Sends for the given time, one call a chat per round, each chat having {@code calls} to send,
   * and returns the chats in the order their calls went out.
   */
  private List<String> run(FairQueue queue, int chats, int calls, long seconds) {
    int[] left = new int[chats];
    java.util.Arrays.fill(left, calls);
    for (int chat = 0; chat < chats; chat++) {
      queue.wake(String.valueOf(chat), true);
    }
    List<String> order = new ArrayList<>();
    long end = time.nanos + seconds * 1_000_000_000L;
    while (time.nanos < end) {
      FairQueue.Next next = queue.next();
      if (next.chat().isPresent()) {
        String chat = next.chat().get();
        order.add(chat);
        left[Integer.parseInt(chat)]--;
        queue.done(chat, true, left[Integer.parseInt(chat)] > 0 ? FairQueue.Left.MESSAGES
            : FairQueue.Left.NOTHING);
      } else if (next.waitNanos().isPresent()) {
        time.nanos += next.waitNanos().getAsLong();
      } else {
        break;
      }
    }
    return order;
  }

  @Test
  void everyChatsFirstReplyGoesOutBeforeAnyChatsThird() {
    FairQueue queue = new FairQueue(new SendingLimits(2, 1, 3, chat -> chat.startsWith("-"), 20), time);

    List<String> order = run(queue, 10, 3, 60);

    assertThat(order).hasSize(30);
    assertThat(order.subList(0, 10)).containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6",
        "7", "8", "9");
    assertThat(order.subList(10, 20)).doesNotHaveDuplicates();
  }

  @Test
  void callsAreSpreadEvenlyUnderTheOverallRate() {
    FairQueue queue = new FairQueue(new SendingLimits(30, 1, 1, chat -> chat.startsWith("-"), 20), time);
    long start = time.nanos;

    List<String> order = run(queue, 100, 1, 10);

    assertThat(order).hasSize(100);
    // 100 calls at 95% of 30 a second take at least 3.4 s, never a burst of 30 at once
    assertThat(time.nanos - start).isGreaterThan(3_400_000_000L);
  }

  @Test
  void aChatWithAMessageGoesBeforeChatsWithOnlyCosmeticCalls() {
    FairQueue queue = new FairQueue(new SendingLimits(1, 1, 1, chat -> chat.startsWith("-"), 20), time);
    queue.wake("1", false);
    queue.wake("2", false);
    queue.wake("3", true);

    assertThat(queue.next().chat()).hasValue("3");
  }

  @Test
  void aChatWaitsForItsOwnPaceCountedFromItsLastCall() {
    FairQueue queue = new FairQueue(new SendingLimits(1000, 1, 1, chat -> chat.startsWith("-"), 20), time);
    queue.wake("7", true);
    assertThat(queue.next().chat()).hasValue("7");
    time.nanos += 400_000_000L;
    queue.done("7", true, FairQueue.Left.MESSAGES);

    FairQueue.Next next = queue.next();

    assertThat(next.chat()).isEmpty();
    assertThat(next.waitNanos().getAsLong()).isBetween(990_000_000L, 1_000_000_000L);
  }

  @Test
  void theFirst429TurnsBurstsOffAndTwoChatsLimitedTogetherSlowTheOverallPaceForAMinute() {
    FairQueue queue = new FairQueue(new SendingLimits(30, 1, 3, chat -> chat.startsWith("-"), 20), time);
    double full = 30 * FairQueue.HEADROOM;

    queue.limited("1");
    assertThat(queue.chatBurst()).isEqualTo(1);
    assertThat(queue.overallRate()).isEqualTo(full);

    time.nanos += 5_000_000_000L;
    queue.limited("2");
    assertThat(queue.overallRate()).as("one chat alone: its own limit").isEqualTo(full);
    time.nanos += 300_000_000L;
    queue.limited("2");
    assertThat(queue.overallRate()).as("the same chat again: still its own").isEqualTo(full);
    time.nanos += 300_000_000L;
    queue.limited("3");
    assertThat(queue.overallRate()).as("two chats within a second").isEqualTo(full * 0.9);

    time.nanos += 61_000_000_000L;
    queue.next();
    assertThat(queue.overallRate()).isCloseTo(full, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aGroupGetsTwentyCallsAMinute() {
    FairQueue queue = new FairQueue(new SendingLimits(1000, 1, 1, chat -> chat.startsWith("-"), 20), time);
    queue.wake("-100", true);
    assertThat(queue.next().chat()).hasValue("-100");
    queue.done("-100", true, FairQueue.Left.MESSAGES);
    long start = time.nanos;

    FairQueue.Next next = queue.next();
    while (next.chat().isEmpty()) {
      time.nanos += next.waitNanos().getAsLong();
      next = queue.next();
    }

    assertThat(time.nanos - start).isBetween(2_900_000_000L, 3_000_000_000L);
  }

  @Test
  void aChatWokenWhileSendingComesBackAtTheEndOfTheTurn() {
    FairQueue queue = new FairQueue(new SendingLimits(1000, 1000, 10, chat -> chat.startsWith("-"), 20), time);
    queue.wake("1", true);
    queue.wake("2", true);
    assertThat(queue.next().chat()).hasValue("1");
    queue.wake("1", true);
    queue.done("1", true, FairQueue.Left.NOTHING);
    time.nanos += 10_000_000L;

    assertThat(queue.next().chat()).hasValue("2");
    time.nanos += 10_000_000L;
    assertThat(queue.next().chat()).hasValue("1");
  }
}
