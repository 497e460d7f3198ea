package com.mesoplan.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Who a request counts against for limits per client: its IPv4 address, or the /64 network of
 * an IPv6 address (one subscriber's block, which hands its owner more addresses than a limit per
 * address could). Behind a proxy, the address the proxy forwarded (see
 * {@code MESOPLAN_FORWARD_HEADERS}).
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(String address) {
    if (!address.contains(":")) {
      return address;
    }
    // an IPv6 literal only: anything else would make getByName ask the DNS
    if (!address.matches("[0-9a-fA-F:.]{2,45}")) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
