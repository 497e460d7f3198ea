package com.mesoplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a request counts against. */
class RequestLimitsTest {

  @Test
  void anIpv6BlockCountsAsOneClientAndIpv4AddressesOneEach() {
    assertThat(RequestLimits.clientOf("2001:db8:1:2:aaaa::1"))
        .isEqualTo(RequestLimits.clientOf("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
        .isNotEqualTo(RequestLimits.clientOf("2001:db8:1:3::1"));
    assertThat(RequestLimits.clientOf("192.0.2.1")).isEqualTo("192.0.2.1")
        .isNotEqualTo(RequestLimits.clientOf("192.0.2.2"));
  }
}
