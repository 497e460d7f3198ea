package com.mesoplan.followup;

import java.util.Objects;

/**
 * Whom a person calls when a check-in finds a sign that cannot wait: the emergency number of the
 * clinic's country, and the clinic's own phone.
 */
public record UrgentContacts(String emergencyNumber, String clinicPhone) {

  public UrgentContacts {
    Objects.requireNonNull(emergencyNumber, "emergencyNumber");
    Objects.requireNonNull(clinicPhone, "clinicPhone");
  }
}
