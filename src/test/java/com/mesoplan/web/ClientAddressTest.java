package com.mesoplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a request counts against, and how many it may make. */
class ClientAddressTest {

  @Test
  void anIpv6BlockCountsAsOneClientAndIpv4AddressesOneEach() {
    assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1"))
        .isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
        .isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
    assertThat(ClientAddress.of("192.0.2.1")).isEqualTo("192.0.2.1")
        .isNotEqualTo(ClientAddress.of("192.0.2.2"));
  }

  @Test
  void anAddressGetsOnlyItsShareAndAnIpv6SubscriberCountsAsOne() {
    PerAddress limit = new PerAddress(2, java.time.Duration.ofHours(1));

    assertThat(limit.take("203.0.113.5")).isTrue();
    assertThat(limit.take("203.0.113.5")).isTrue();
    assertThat(limit.take("203.0.113.5")).isFalse();
    assertThat(limit.take("203.0.113.6")).isTrue();
    assertThat(limit.take("2001:db8:1:2::1")).isTrue();
    assertThat(limit.take("2001:db8:1:2::2")).isTrue();
    assertThat(limit.take("2001:db8:1:2:ffff::3")).as("the same /64").isFalse();
    assertThat(limit.retryAfterSeconds()).isEqualTo(1800);
  }

  @Test
  void aNameThatIsNoAddressIsNotLookedUp() {
    assertThat(ClientAddress.of("evil.example:80")).isEqualTo("evil.example:80");
  }
}
