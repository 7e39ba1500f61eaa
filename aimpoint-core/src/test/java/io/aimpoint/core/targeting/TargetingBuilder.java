package io.aimpoint.core.targeting;

import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.campaign.Targeting;
import java.util.Set;

/** Builds {@link Targeting} values one criterion at a time for table-driven tests. */
final class TargetingBuilder {
  private Integer ageMin;
  private Integer ageMax;
  private Set<Gender> genders = Set.of();
  private Set<String> countries = Set.of();
  private Set<String> regions = Set.of();
  private Set<String> cities = Set.of();
  private Set<DeviceType> devices = Set.of();
  private Set<String> interests = Set.of();
  private Set<String> segments = Set.of();
  private Set<String> include = Set.of();
  private Set<String> exclude = Set.of();
  private Set<String> languages = Set.of();

  TargetingBuilder age(Integer min, Integer max) {
    ageMin = min;
    ageMax = max;
    return this;
  }

  TargetingBuilder genders(Gender... v) {
    genders = Set.of(v);
    return this;
  }

  TargetingBuilder countries(String... v) {
    countries = Set.of(v);
    return this;
  }

  TargetingBuilder regions(String... v) {
    regions = Set.of(v);
    return this;
  }

  TargetingBuilder cities(String... v) {
    cities = Set.of(v);
    return this;
  }

  TargetingBuilder devices(DeviceType... v) {
    devices = Set.of(v);
    return this;
  }

  TargetingBuilder interests(String... v) {
    interests = Set.of(v);
    return this;
  }

  TargetingBuilder segments(String... v) {
    segments = Set.of(v);
    return this;
  }

  TargetingBuilder include(String... v) {
    include = Set.of(v);
    return this;
  }

  TargetingBuilder exclude(String... v) {
    exclude = Set.of(v);
    return this;
  }

  TargetingBuilder languages(String... v) {
    languages = Set.of(v);
    return this;
  }

  Targeting build() {
    return new Targeting(
        ageMin, ageMax, genders, countries, regions, cities, devices, interests, segments, include,
        exclude, languages);
  }
}
