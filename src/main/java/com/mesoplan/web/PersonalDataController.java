package com.mesoplan.web;

import com.mesoplan.conversation.OwnData;
import com.mesoplan.conversation.StaffLog;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's own systems read shared pre-consultations and open red flags, and answer a
 * person's request for their data or its erasure made outside the chat. Behind {@link ApiKey}.
 */
@RestController
class PersonalDataController {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataController.class);
  private static final int MOST_LEADS = 500;

  private final StaffLog staffLog;
  private final OwnData ownData;

  PersonalDataController(StaffLog staffLog, OwnData ownData) {
    this.staffLog = staffLog;
    this.ownData = ownData;
  }

  @GetMapping("/api/v1/leads")
  List<StaffLog.Lead> leads(@RequestParam(defaultValue = "50") String limit) {
    int count;
    try {
      count = Integer.parseInt(limit);
    } catch (NumberFormatException e) {
      throw new BadRequest("limit", "must be a whole number from 1 to " + MOST_LEADS);
    }
    if (count < 1 || count > MOST_LEADS) {
      throw new BadRequest("limit", "must be a whole number from 1 to " + MOST_LEADS);
    }
    return staffLog.recentLeads(count);
  }

  @GetMapping("/api/v1/flags")
  List<StaffLog.Flag> openFlags() {
    return staffLog.openFlags();
  }

  @GetMapping("/api/v1/people/{chatId}")
  Map<String, Object> export(@PathVariable String chatId) {
    log.info("personal data exported through the API");
    return ownData.everything(chatId);
  }

  @DeleteMapping("/api/v1/people/{chatId}")
  ResponseEntity<Void> erase(@PathVariable String chatId) {
    ownData.erase(chatId);
    log.info("personal data erased through the API");
    return ResponseEntity.noContent().build();
  }
}
