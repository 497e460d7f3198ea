package com.mesoplan.dialog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Reads a typed date: 2027-01-15, 15.01.2027 or 15/01/2027, from tomorrow to a year ahead. */
public final class DateInput {

  /** How far ahead a date may lie. */
  public static final int MAX_DAYS_AHEAD = 366;

  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

  private DateInput() {}

  public static Optional<LocalDate> read(String text, LocalDate today) {
    String typed = text.strip();
    for (DateTimeFormatter format : FORMATS) {
      try {
        LocalDate date = LocalDate.parse(typed, format);
        boolean bookable = date.isAfter(today) && !date.isAfter(today.plusDays(MAX_DAYS_AHEAD));
        return bookable ? Optional.of(date) : Optional.empty();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
