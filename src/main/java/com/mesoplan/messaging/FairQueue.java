package com.mesoplan.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which chat sends next, and when: round-robin among the chats with something to send, so that a
 * chat's first reply never waits behind another chat's tenth; chats with a message waiting before
 * chats with only cosmetic calls; within the overall pace and each chat's own.
 *
 * <p>The overall pace spreads calls evenly, a little under the configured rate, with no burst:
 * a channel (Telegram) counts calls in a window of a second, and calls that left together may
 * arrive a few milliseconds apart the other way. A chat's pace is counted from the end of its last
 * call (when the channel had surely received it) and allows the configured burst; a group chat
 * (the channel says which: on Telegram, the staff chat) has its own, slower pace.
 *
 * <p>A "too fast" answer (Telegram's 429) does not say which limit was hit, so the queue learns
 * from the pattern. The
 * first 429 turns bursts off for every chat, for good. After that, 429s for two different chats
 * within a second mean the overall rate is too high: it goes down by a tenth, and comes back up
 * by a tenth after each minute without a 429, to the configured rate at most. A 429 for one chat
 * alone (a busy group) slows only that chat, by its {@code retry_after}.
 *
 * <p>Not thread-safe: {@link Pacer} holds one lock around every call.
 */
public final class FairQueue {

  private static final Logger log = LoggerFactory.getLogger(FairQueue.class);
  /** The share of the configured overall rate used. */
  public static final double HEADROOM = 0.95;

  /** What a chat has left to send after one of its calls. */
  public enum Left {
    NOTHING,
    MESSAGES,
    COSMETIC
  }

  /** The chat to send for now, or how long until one may send (empty when no chat waits). */
  public record Next(Optional<String> chat, OptionalLong waitNanos) {}

  private static final long MINUTE = 60_000_000_000L;

  private final TimeMeter time;
  private final int chatRate;
  private final java.util.function.Predicate<String> isGroup;
  private final int groupRate;
  private int chatBurst;
  private final double fullRate;
  private double overallRate;
  /** When the last 429 came, and for which chat. */
  private long lastLimitedAt = Long.MIN_VALUE / 2;
  private String lastLimitedChat;
  private long slowedAt = Long.MIN_VALUE / 2;
  private final Bucket overall;
  private final Cache<String, Bucket> perChat =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).build();
  private final LinkedHashSet<String> withMessages = new LinkedHashSet<>();
  private final LinkedHashSet<String> cosmeticOnly = new LinkedHashSet<>();
  private final Set<String> sending = new HashSet<>();
  /** Chats woken while a call of theirs was out, and whether a message is among what woke them. */
  private final Map<String, Boolean> wokenWhileSending = new HashMap<>();

  public FairQueue(SendingLimits limits, TimeMeter time) {
    this.time = time;
    this.chatRate = limits.chatCallsPerSecond();
    this.chatBurst = limits.chatBurst();
    this.isGroup = limits.isGroup();
    this.groupRate = limits.groupCallsPerMinute();
    this.fullRate = limits.callsPerSecond() * HEADROOM;
    this.overallRate = fullRate;
    this.overall = Bucket.builder().withCustomTimePrecision(time)
        .addLimit(evenly(overallRate)).build();
  }

  /** The chat has calls to send: a message among them, or only cosmetic ones. */
  public void wake(String chat, boolean message) {
    if (sending.contains(chat)) {
      wokenWhileSending.merge(chat, message, Boolean::logicalOr);
    } else if (message) {
      cosmeticOnly.remove(chat);
      withMessages.add(chat);
    } else if (!withMessages.contains(chat)) {
      cosmeticOnly.add(chat);
    }
  }

  /** Waiting for its turn, or sending. */
  public boolean isBusy(String chat) {
    return sending.contains(chat) || withMessages.contains(chat) || cosmeticOnly.contains(chat);
  }

  public int sending() {
    return sending.size();
  }

  /**
   * The first chat in turn whose own pace allows a call, messages first; the chat is then
   * sending, and the call takes its slot of the overall pace.
   */
  public Next next() {
    recover();
    long overallWait = overall.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    if (withMessages.isEmpty() && cosmeticOnly.isEmpty()) {
      return new Next(Optional.empty(), OptionalLong.empty());
    }
    if (overallWait > 0) {
      return new Next(Optional.empty(), OptionalLong.of(overallWait));
    }
    long shortestWait = Long.MAX_VALUE;
    for (LinkedHashSet<String> turn : java.util.List.of(withMessages, cosmeticOnly)) {
      for (String chat : turn) {
        long wait = paceOf(chat).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (wait == 0) {
          turn.remove(chat);
          sending.add(chat);
          overall.tryConsume(1);
          return new Next(Optional.of(chat), OptionalLong.empty());
        }
        shortestWait = Math.min(shortestWait, wait);
      }
    }
    return new Next(Optional.empty(), OptionalLong.of(shortestWait));
  }

  /**
   * The chat's round is over: {@code called} says a call reached the channel (it counts against the
   * chat's pace from now); the chat goes to the back of its turn if it has more to send.
   */
  public void done(String chat, boolean called, Left left) {
    sending.remove(chat);
    if (called) {
      paceOf(chat).consumeIgnoringRateLimits(1);
    } else {
      // nothing was sent (all overtaken, not due, held elsewhere): the slot is another chat's
      overall.addTokens(1);
    }
    Boolean woken = wokenWhileSending.remove(chat);
    if (left == Left.MESSAGES || Boolean.TRUE.equals(woken)) {
      wake(chat, true);
    } else if (left == Left.COSMETIC || woken != null) {
      wake(chat, false);
    }
  }

  /** The channel answered a call of the chat "too fast": learn from it (see the class comment). */
  public void limited(String chat) {
    long now = time.currentTimeNanos();
    if (chatBurst > 1) {
      chatBurst = 1;
      perChat.invalidateAll();
      log.info("the channel limited a chat: calls to a chat are now spaced, without bursts");
    } else if (!chat.equals(lastLimitedChat) && now - lastLimitedAt < 1_000_000_000L) {
      setOverallRate(Math.max(1, overallRate * 0.9));
      slowedAt = now;
    }
    lastLimitedAt = now;
    lastLimitedChat = chat;
    Bucket pace = paceOf(chat);
    if (pace.getAvailableTokens() > 0) {
      pace.consumeIgnoringRateLimits(pace.getAvailableTokens());
    }
  }

  /** A minute without a 429 after slowing down: a tenth faster again, up to the full rate. */
  private void recover() {
    long now = time.currentTimeNanos();
    if (overallRate < fullRate && now - Math.max(lastLimitedAt, slowedAt) > MINUTE) {
      setOverallRate(Math.min(fullRate, overallRate / 0.9));
      slowedAt = now;
    }
  }

  private void setOverallRate(double rate) {
    overallRate = rate;
    overall.replaceConfiguration(BucketConfiguration.builder().addLimit(evenly(rate)).build(),
        TokensInheritanceStrategy.AS_IS);
    log.info("the channel's limits: the overall pace is now {} calls a second",
        String.format(java.util.Locale.ROOT, "%.1f", rate));
  }

  public double overallRate() {
    return overallRate;
  }

  public int chatBurst() {
    return chatBurst;
  }

  private Bucket paceOf(String chat) {
    Bandwidth pace = isGroup.test(chat)
        ? Bandwidth.builder().capacity(chatBurst).refillGreedy(groupRate, Duration.ofMinutes(1))
            .build()
        : Bandwidth.builder().capacity(chatBurst).refillGreedy(chatRate, Duration.ofSeconds(1))
            .build();
    return perChat.get(chat, id -> Bucket.builder().withCustomTimePrecision(time)
        .addLimit(pace).build());
  }

  /** A rate with no burst: one call every 1/rate seconds. */
  private static Bandwidth evenly(double rate) {
    return Bandwidth.builder().capacity(1)
        .refillGreedy(1, Duration.ofNanos((long) (1_000_000_000L / rate))).build();
  }
}
