package com.mesoplan.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * So many of something per client ({@link ClientAddress}: an IPv6 /64 counts as one) and
 * period, with Bucket4j's token buckets: every request, password guesses, the website chat's new
 * chats and messages. An address's bucket is forgotten once it would be full again anyway.
 */
public final class PerAddress {

  private final int burst;
  private final int perPeriod;
  private final Duration period;
  private final Cache<String, Bucket> buckets;

  /** {@code perPeriod} at once at most, and that many again each period. */
  public PerAddress(int perPeriod, Duration period) {
    this(perPeriod, perPeriod, period);
  }

  /** {@code burst} at once at most, refilled at {@code perPeriod} each period. */
  public PerAddress(int burst, int perPeriod, Duration period) {
    this.burst = Math.max(1, burst);
    this.perPeriod = Math.max(1, perPeriod);
    this.period = period;
    Duration refilled = period.multipliedBy(this.burst).dividedBy(this.perPeriod);
    this.buckets = Caffeine.newBuilder().maximumSize(100_000)
        .expireAfterAccess(refilled.compareTo(period) > 0 ? refilled : period).build();
  }

  /** Takes one for the address; false when it has had its share for now. */
  public boolean take(String address) {
    return buckets.get(ClientAddress.of(address), a -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perPeriod, period).build())
        .build()).tryConsume(1);
  }

  /** How long, in whole seconds, until the next one comes back. */
  public long retryAfterSeconds() {
    return Math.max(1, period.toSeconds() / perPeriod);
  }
}
