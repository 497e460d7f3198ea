package com.mesoplan.conversation;

import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.time.Period;

/** A period as a person reads it: "2 years", "3 months", "30 days", in their language. */
final class PeriodText {

  private PeriodText() {}

  static String of(Period period, Messages messages, String language) {
    Period p = period.normalized();
    if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
      return messages.render(language, Text.of("period.years", "count", p.getYears()));
    }
    if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
      return messages.render(language, Text.of("period.months", "count", p.getMonths()));
    }
    long days = p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
    return messages.render(language, Text.of("period.days", "count", days));
  }
}
