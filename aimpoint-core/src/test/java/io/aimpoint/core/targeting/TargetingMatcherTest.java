package io.aimpoint.core.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.campaign.Bid;
import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.campaign.Budget;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Dayparting;
import io.aimpoint.core.campaign.DeviceType;
import io.aimpoint.core.campaign.Gender;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.campaign.Targeting;
import io.aimpoint.core.user.Demographics;
import io.aimpoint.core.user.Geo;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetingMatcherTest {
  /** A Wednesday, 14:30 UTC. */
  static final Instant NOW = Instant.parse("2026-03-04T14:30:00Z");

  static final Demographics ADULT_IN_BERLIN =
      new Demographics(30, Gender.FEMALE, new Geo("DE", "BE", "Berlin"), DeviceType.MOBILE);

  static Campaign campaign(Targeting targeting) {
    return new Campaign(
        "cmp-1",
        "adv-1",
        "Spring",
        Status.ACTIVE,
        null,
        null,
        null,
        new Budget(10_000_000L, null),
        null,
        new Bid(BidType.CPM, 2_000_000),
        null,
        targeting,
        NOW,
        NOW,
        1);
  }

  static Creative creative(Status status, String language) {
    return new Creative(
        "cr-1",
        "cmp-1",
        "adv-1",
        "Shoes",
        null,
        null,
        "https://example.com",
        null,
        language,
        List.of(),
        null,
        status,
        NOW,
        NOW,
        1);
  }

  static TargetingRequest request(UnaryOperator<Req> change) {
    return change.apply(Req.DEFAULT).build();
  }

  /** A mutable-by-copy description of a request, so each table row changes one thing. */
  record Req(
      Instant at,
      Demographics demographics,
      Set<String> interests,
      Set<String> segments,
      ContextKeywords context,
      String language,
      boolean consent) {
    static final Req DEFAULT =
        new Req(
            NOW,
            ADULT_IN_BERLIN,
            Set.of("Sports", "travel"),
            Set.of("seg-7"),
            ContextKeywords.of(
                List.of("Running Shoes"), "cheap trail running", "A page about hiking."),
            "en-US",
            true);

    Req at(Instant v) {
      return new Req(v, demographics, interests, segments, context, language, consent);
    }

    Req demographics(Demographics v) {
      return new Req(at, v, interests, segments, context, language, consent);
    }

    Req context(ContextKeywords v) {
      return new Req(at, demographics, interests, segments, v, language, consent);
    }

    Req language(String v) {
      return new Req(at, demographics, interests, segments, context, v, consent);
    }

    Req consent(boolean v) {
      return new Req(at, demographics, interests, segments, context, language, v);
    }

    TargetingRequest build() {
      return new TargetingRequest(
          at, demographics, interests, segments, context, language, consent);
    }
  }

  static TargetingBuilder target() {
    return new TargetingBuilder();
  }

  static Stream<Arguments> criteria() {
    Demographics unknown = Demographics.UNKNOWN;
    return Stream.of(
        row("no targeting serves everyone", target(), r -> r, null),
        row("no targeting serves unknown users", target(), r -> r.demographics(unknown), null),
        row("age inside range", target().age(18, 35), r -> r, null),
        row("age at the bounds", target().age(30, 30), r -> r, null),
        row("age below min", target().age(31, null), r -> r, IneligibilityReason.AGE),
        row("age above max", target().age(null, 29), r -> r, IneligibilityReason.AGE),
        row(
            "age unknown",
            target().age(18, 99),
            r -> r.demographics(unknown),
            IneligibilityReason.AGE),
        row("gender listed", target().genders(Gender.FEMALE), r -> r, null),
        row("gender not listed", target().genders(Gender.MALE), r -> r, IneligibilityReason.GENDER),
        row(
            "gender unknown",
            target().genders(Gender.FEMALE),
            r -> r.demographics(unknown),
            IneligibilityReason.GENDER),
        row("country case-insensitive", target().countries("de", "AT"), r -> r, null),
        row("country not listed", target().countries("FR"), r -> r, IneligibilityReason.GEO),
        row(
            "country unknown",
            target().countries("DE"),
            r -> r.demographics(unknown),
            IneligibilityReason.GEO),
        row("region listed", target().regions("be"), r -> r, null),
        row("region not listed", target().regions("BY"), r -> r, IneligibilityReason.GEO),
        row("city case-insensitive", target().cities("BERLIN"), r -> r, null),
        row("city not listed", target().cities("Munich"), r -> r, IneligibilityReason.GEO),
        row("device listed", target().devices(DeviceType.MOBILE, DeviceType.TABLET), r -> r, null),
        row(
            "device not listed",
            target().devices(DeviceType.DESKTOP),
            r -> r,
            IneligibilityReason.DEVICE),
        row(
            "device unknown",
            target().devices(DeviceType.MOBILE),
            r -> r.demographics(unknown),
            IneligibilityReason.DEVICE),
        row("interest case-insensitive", target().interests("SPORTS"), r -> r, null),
        row(
            "interest not held",
            target().interests("finance"),
            r -> r,
            IneligibilityReason.INTEREST),
        row(
            "interest without consent",
            target().interests("sports"),
            r -> r.consent(false),
            IneligibilityReason.INTEREST),
        row("segment held", target().segments("seg-7", "seg-9"), r -> r, null),
        row("segment not held", target().segments("seg-8"), r -> r, IneligibilityReason.SEGMENT),
        row(
            "segment without consent",
            target().segments("seg-7"),
            r -> r.consent(false),
            IneligibilityReason.SEGMENT),
        row("keyword in page keywords", target().include("running shoes"), r -> r, null),
        row("keyword in query, any case", target().include("TRAIL"), r -> r, null),
        row("keyword in page text", target().include("hiking"), r -> r, null),
        row(
            "keyword is a whole word",
            target().include("hike"),
            r -> r,
            IneligibilityReason.KEYWORD),
        row("keyword absent", target().include("golf"), r -> r, IneligibilityReason.KEYWORD),
        row(
            "keyword with no context",
            target().include("shoes"),
            r -> r.context(ContextKeywords.EMPTY),
            IneligibilityReason.KEYWORD),
        row(
            "excluded keyword present",
            target().exclude("Hiking"),
            r -> r,
            IneligibilityReason.EXCLUDED_KEYWORD),
        row("excluded keyword absent", target().exclude("casino"), r -> r, null),
        row("language by primary subtag", target().languages("en"), r -> r, null),
        row("language exact", target().languages("EN_us"), r -> r, null),
        row(
            "language other region",
            target().languages("en-GB"),
            r -> r,
            IneligibilityReason.LANGUAGE),
        row("language not listed", target().languages("de"), r -> r, IneligibilityReason.LANGUAGE),
        row(
            "language unknown",
            target().languages("en"),
            r -> r.language(null),
            IneligibilityReason.LANGUAGE));
  }

  static Arguments row(
      String name, TargetingBuilder targeting, UnaryOperator<Req> req, IneligibilityReason want) {
    return Arguments.of(name, targeting.build(), req, want);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void matches_each_criterion(
      String name, Targeting targeting, UnaryOperator<Req> req, IneligibilityReason want) {
    Eligibility got = TargetingMatcher.compile(campaign(targeting)).matchCampaign(request(req));

    assertThat(got)
        .as(name)
        .isEqualTo(want == null ? Eligibility.ELIGIBLE : Eligibility.because(want));
  }

  static Stream<Arguments> schedules() {
    Instant start = NOW.minusSeconds(3600);
    Instant end = NOW.plusSeconds(3600);
    Dayparting afternoons = new Dayparting(Set.of(13, 14, 15), Set.of(), "UTC");
    Dayparting weekends = new Dayparting(Set.of(), Set.of(DayOfWeek.SATURDAY), "UTC");
    Dayparting tokyoEvening = new Dayparting(Set.of(23), Set.of(DayOfWeek.WEDNESDAY), "Asia/Tokyo");
    return Stream.of(
        Arguments.of("inside start and end", Status.ACTIVE, start, end, null, NOW, null),
        Arguments.of(
            "paused", Status.PAUSED, null, null, null, NOW, IneligibilityReason.NOT_ACTIVE),
        Arguments.of(
            "archived", Status.ARCHIVED, null, null, null, NOW, IneligibilityReason.NOT_ACTIVE),
        Arguments.of(
            "before start",
            Status.ACTIVE,
            start,
            end,
            null,
            start.minusSeconds(1),
            IneligibilityReason.NOT_STARTED),
        Arguments.of("exactly at start", Status.ACTIVE, start, end, null, start, null),
        Arguments.of(
            "exactly at end", Status.ACTIVE, start, end, null, end, IneligibilityReason.ENDED),
        Arguments.of("in daypart hours", Status.ACTIVE, null, null, afternoons, NOW, null),
        Arguments.of(
            "outside daypart hours",
            Status.ACTIVE,
            null,
            null,
            afternoons,
            NOW.plusSeconds(2 * 3600),
            IneligibilityReason.OUTSIDE_DAYPART),
        Arguments.of(
            "outside daypart weekdays",
            Status.ACTIVE,
            null,
            null,
            weekends,
            NOW,
            IneligibilityReason.OUTSIDE_DAYPART),
        Arguments.of(
            "daypart in its own time zone", Status.ACTIVE, null, null, tokyoEvening, NOW, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedules")
  void matches_status_and_schedule(
      String name,
      Status status,
      Instant start,
      Instant end,
      Dayparting dayparting,
      Instant at,
      IneligibilityReason want) {
    Campaign c = campaign(Targeting.everyone());
    Campaign scheduled =
        new Campaign(
            c.id(),
            c.advertiserId(),
            c.name(),
            status,
            start,
            end,
            dayparting,
            c.budget(),
            c.pacing(),
            c.bid(),
            c.frequencyCap(),
            c.targeting(),
            NOW,
            NOW,
            1);

    Eligibility got = TargetingMatcher.compile(scheduled).matchCampaign(request(r -> r.at(at)));

    assertThat(got)
        .as(name)
        .isEqualTo(want == null ? Eligibility.ELIGIBLE : Eligibility.because(want));
  }

  static Stream<Arguments> creatives() {
    return Stream.of(
        Arguments.of("active, no language", Status.ACTIVE, null, "en-US", null),
        Arguments.of(
            "paused creative", Status.PAUSED, null, "en-US", IneligibilityReason.NOT_ACTIVE),
        Arguments.of("same primary language", Status.ACTIVE, "en", "en-US", null),
        Arguments.of("other language", Status.ACTIVE, "de", "en-US", IneligibilityReason.LANGUAGE),
        Arguments.of("request language unknown", Status.ACTIVE, "de", null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("creatives")
  void matches_creative_status_and_language(
      String name,
      Status status,
      String creativeLanguage,
      String requestLanguage,
      IneligibilityReason want) {
    Eligibility got =
        TargetingMatcher.match(
            campaign(Targeting.everyone()),
            creative(status, creativeLanguage),
            request(r -> r.language(requestLanguage)));

    assertThat(got)
        .as(name)
        .isEqualTo(want == null ? Eligibility.ELIGIBLE : Eligibility.because(want));
  }

  @Test
  void reports_the_first_failing_criterion_in_enum_order() {
    Targeting failsAgeAndKeyword = target().age(50, 60).include("golf").build();

    Eligibility got =
        TargetingMatcher.compile(campaign(failsAgeAndKeyword)).matchCampaign(request(r -> r));

    assertThat(got).isEqualTo(new Eligibility.Ineligible(IneligibilityReason.AGE));
    assertThat(got.isEligible()).isFalse();
  }

  @Test
  void campaign_failure_wins_over_creative_failure() {
    Campaign paused =
        new Campaign(
            "c",
            "a",
            "n",
            Status.PAUSED,
            null,
            null,
            null,
            new Budget(1L, null),
            null,
            new Bid(BidType.CPM, 1),
            null,
            null,
            NOW,
            NOW,
            1);

    Eligibility got =
        TargetingMatcher.match(paused, creative(Status.ACTIVE, "de"), request(r -> r));

    assertThat(got).isEqualTo(Eligibility.because(IneligibilityReason.NOT_ACTIVE));
  }
}
