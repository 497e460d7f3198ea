package com.mesoplan.web.console;

import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.ChatId;
import org.springframework.security.core.Authentication;

/** Staff on the console, named as the staff chat names them, so one trail covers both. */
final class StaffMembers {


  private StaffMembers() {}

  /** A user of a chat channel ("telegram:42"), as a link names them. */
  static boolean isChannelUser(String username) {
    return ChatId.parse(username).filter(user -> user.id().matches("\\d{1,20}")).isPresent();
  }

  /** The staff member as the audit trail records them. */
  static String actor(Authentication signedIn) {
    String name = signedIn.getName();
    return AuditTrail.staff(name.equals(ConsoleSettings.PASSWORD_USER)
        ? "console password" : name);
  }
}
