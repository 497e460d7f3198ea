package com.mesoplan.channel.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.web.ClientAddress;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/** So many of something per client address (an IPv6 /64 counts as one) and period. */
final class PerAddress {

  private final int perPeriod;
  private final Duration period;
  private final Cache<String, Bucket> buckets;

  PerAddress(int perPeriod, Duration period) {
    this.perPeriod = Math.max(1, perPeriod);
    this.period = period;
    this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period).build();
  }

  /** Takes one for the address; false when it has had its share for now. */
  boolean take(String address) {
    return buckets.get(ClientAddress.of(address), a -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perPeriod).refillGreedy(perPeriod, period)
            .build()).build()).tryConsume(1);
  }

  /** How long, in whole seconds, until the next one comes back. */
  long retryAfterSeconds() {
    return Math.max(1, period.toSeconds() / perPeriod);
  }
}
