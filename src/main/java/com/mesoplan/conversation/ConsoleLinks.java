package com.mesoplan.conversation;

import java.time.Duration;
import java.util.Optional;

/** Signs the clinic's staff in to the web console with a link that works once, briefly. */
public interface ConsoleLinks {

  /** How long a link works. */
  Duration VALID = Duration.ofMinutes(10);

  /** No console is served. */
  ConsoleLinks NONE = staffMember -> Optional.empty();

  /**
   * A fresh sign-in link for the staff member (as the channel names its users); empty when the
   * console is not served.
   */
  Optional<String> signInLink(String staffMember);
}
