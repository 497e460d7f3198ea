package com.mesoplan.conversation;

import java.util.Optional;

/**
 * A channel that can continue a conversation begun elsewhere: it turns a join code
 * ({@link ChatLinks#offer}) into a link that opens its chat with the code.
 */
public interface JoinLinks {

  /** The start payload that carries a join code: {@code join-<code>}. */
  String PREFIX = "join-";

  /** The channel's name, as people know it ("Telegram"). */
  String channelName();

  /** The link that opens the channel's chat with the code; empty when it is unknown now. */
  Optional<String> linkFor(String code);
}
