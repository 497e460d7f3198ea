package com.mesoplan.web;

import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.OwnData;
import com.mesoplan.conversation.StaffLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import com.mesoplan.conversation.ChatId;
import com.mesoplan.conversation.UnitOfWork;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's own systems read shared pre-consultations, open red flags and the audit trail,
 * and answer a person's request for their data or its erasure made outside the chat. Only with
 * the API key ({@link WebSecurity}); every call is in the audit trail.
 */
@RestController
class PersonalDataController {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataController.class);
  private static final int MOST_ROWS = 500;

  private final StaffLog staffLog;
  private final OwnData ownData;
  private final AuditTrail audit;
  private final UnitOfWork work;

  PersonalDataController(StaffLog staffLog, OwnData ownData, AuditTrail audit,
      UnitOfWork work) {
    this.work = work;
    this.staffLog = staffLog;
    this.ownData = ownData;
    this.audit = audit;
  }

  /** An audit entry as the API shows it; the person is null when it named nobody. */
  record AuditJson(long id, Instant at, String actor, String action, String person,
      boolean personErased) {}

  @GetMapping("/api/v1/leads")
  List<StaffLog.Lead> leads(@RequestParam(defaultValue = "50") String limit) {
    List<StaffLog.Lead> leads = staffLog.recentLeads(count(limit));
    audit.record(ApiKey.ACTOR, "GET /api/v1/leads", Optional.empty());
    leads.forEach(lead -> audit.record(ApiKey.ACTOR, "GET /api/v1/leads: summary shown",
        Optional.of(lead.chatId())));
    return leads;
  }

  @GetMapping("/api/v1/flags")
  List<StaffLog.Flag> openFlags() {
    List<StaffLog.Flag> flags = staffLog.openFlags();
    audit.record(ApiKey.ACTOR, "GET /api/v1/flags", Optional.empty());
    flags.forEach(flag -> audit.record(ApiKey.ACTOR, "GET /api/v1/flags: red flag #"
        + flag.id() + " shown", Optional.of(flag.chatId())));
    return flags;
  }

  @GetMapping("/api/v1/audit")
  List<AuditJson> auditTrail(@RequestParam(defaultValue = "100") String limit) {
    List<AuditJson> entries = audit.recent(count(limit)).stream()
        .map(e -> new AuditJson(e.id(), e.at(), e.actor(), e.action(), e.person().orElse(null),
            e.personErased()))
        .toList();
    audit.record(ApiKey.ACTOR, "GET /api/v1/audit", Optional.empty());
    return entries;
  }

  @GetMapping("/api/v1/people/{chatId}")
  Map<String, Object> export(@PathVariable String chatId) {
    checkChatId(chatId);
    audit.record(ApiKey.ACTOR, "GET /api/v1/people: export", Optional.of(chatId));
    log.info("personal data exported through the API");
    return ownData.everything(chatId);
  }

  @DeleteMapping("/api/v1/people/{chatId}")
  ResponseEntity<Void> erase(@PathVariable String chatId) {
    checkChatId(chatId);
    work.run(() -> ownData.erase(chatId, ApiKey.ACTOR));
    log.info("personal data erased through the API");
    return ResponseEntity.noContent().build();
  }

  /** A chat id as mesoplan makes them: a channel and that channel's id for the chat. */
  private static void checkChatId(String chatId) {
    if (ChatId.parse(chatId).isEmpty()) {
      throw new BadRequest("chatId", "must be a chat id such as telegram:123456789");
    }
  }

  private static int count(String limit) {
    if (!limit.matches("\\d{1,4}") || Integer.parseInt(limit) < 1
        || Integer.parseInt(limit) > MOST_ROWS) {
      throw new BadRequest("limit", "must be a whole number from 1 to " + MOST_ROWS);
    }
    return Integer.parseInt(limit);
  }
}
