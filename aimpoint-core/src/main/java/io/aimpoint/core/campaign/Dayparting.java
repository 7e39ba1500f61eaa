package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Hours of the day and days of the week in which a campaign may serve, in {@code timeZone}. An
 * empty set means no restriction.
 */
public record Dayparting(Set<Integer> hours, Set<DayOfWeek> weekdays, String timeZone) {
  public Dayparting {
    hours = hours == null ? Set.of() : Set.copyOf(hours);
    weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
    timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone;
  }

  public static Dayparting always() {
    return new Dayparting(Set.of(), Set.of(), "UTC");
  }

  public boolean allows(Instant at) {
    if (hours.isEmpty() && weekdays.isEmpty()) {
      return true;
    }
    ZonedDateTime local = at.atZone(ZoneId.of(timeZone));
    return (hours.isEmpty() || hours.contains(local.getHour()))
        && (weekdays.isEmpty() || weekdays.contains(local.getDayOfWeek()));
  }

  void validate(Errors errors) {
    for (Integer h : hours) {
      if (h == null || h < 0 || h > 23) {
        errors.add("hours", "each hour must be in 0..23 (was " + h + ")");
        break;
      }
    }
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      errors.add("timeZone", "is not a known time zone: " + timeZone);
    }
  }
}
