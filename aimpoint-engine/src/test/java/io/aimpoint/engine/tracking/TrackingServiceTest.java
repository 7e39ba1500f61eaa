package io.aimpoint.engine.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aimpoint.core.campaign.BidType;
import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.ledger.CampaignSpend;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.decision.DecisionFixture;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.token.InvalidTokenException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrackingServiceTest {
  final DecisionFixture f = new DecisionFixture();

  ServedAdView serve(String user) {
    return f.decisions.decide(DecisionFixture.request(user, 1)).ads().get(0);
  }

  CampaignSpend spend(String campaignId) {
    return f.stores
        .ledger()
        .spend(campaignId, LocalDate.ofInstant(f.clock.instant(), ZoneOffset.UTC));
  }

  static String clickIdOf(String landingUrl) {
    return landingUrl.substring(landingUrl.indexOf("aimpoint_click=") + "aimpoint_click=".length());
  }

  @Test
  void charges_a_cpm_impression_exactly_once() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPM, 5_000_000);
    f.placement("home-top", 2_000_000);
    f.start();
    ServedAdView ad = serve("u");

    TrackResult first = f.tracking.impression(ad.impressionToken());
    TrackResult replay = f.tracking.impression(ad.impressionToken());

    assertThat(first).isEqualTo(new TrackResult(false, 2_000, null));
    assertThat(replay).isEqualTo(new TrackResult(true, 2_000, null));
    assertThat(spend("c").lifetimeMicros()).isEqualTo(2_000);
    assertThat(f.deliveries.creative("c", "c-cr").impressions()).isEqualTo(1);
    assertThat(f.stores.events().readUser(userKeyOfLastDecision(), 10))
        .filteredOn(AdImpression.class::isInstance)
        .hasSize(1);
  }

  private String userKeyOfLastDecision() {
    return new io.aimpoint.engine.auth.Pseudonymizer(f.config.pseudonymKey()).userKey("u");
  }

  @Test
  void charges_a_cpc_click_once_and_redirects_with_the_click_id() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPC, 800_000);
    f.start();
    ServedAdView ad = serve("u");

    TrackResult impression = f.tracking.impression(ad.impressionToken());
    TrackResult click = f.tracking.click(ad.clickToken());
    TrackResult replay = f.tracking.click(ad.clickToken());

    assertThat(impression.chargedMicros()).as("CPC impressions are free").isZero();
    assertThat(click.duplicate()).isFalse();
    assertThat(click.chargedMicros()).isEqualTo(ad.priceMicros()).isPositive();
    assertThat(click.landingUrl()).startsWith("https://shop.example.com/p?c=c&aimpoint_click=");
    assertThat(replay.duplicate()).isTrue();
    assertThat(replay.landingUrl()).isEqualTo(click.landingUrl());
    assertThat(spend("c").lifetimeMicros()).isEqualTo(ad.priceMicros());
    assertThat(f.deliveries.creative("c", "c-cr").clicks()).isEqualTo(1);
  }

  @Test
  void rejects_tampered_tokens_and_records_nothing() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPC, 800_000);
    f.start();
    String token = serve("u").clickToken();
    char last = token.charAt(token.length() - 2);
    String tampered =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);

    assertThatThrownBy(() -> f.tracking.click(tampered)).isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> f.tracking.impression(token))
        .isInstanceOf(InvalidTokenException.class);
    f.clock.advance(f.config.trackingTokenTtl().plusSeconds(1));
    assertThatThrownBy(() -> f.tracking.click(token)).isInstanceOf(InvalidTokenException.class);
    assertThat(f.stores.ledger().creativeTotals()).isEmpty();
  }

  @Test
  void attributes_a_conversion_to_the_named_click_and_charges_cpa_once() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPA, 20_000_000);
    f.start();
    ServedAdView ad = serve("u");
    String clickId = clickIdOf(f.tracking.click(ad.clickToken()).landingUrl());
    f.clock.advance(Duration.ofHours(3));
    ConversionRequest order =
        new ConversionRequest(null, "order-1", null, clickId, 49_990_000L, null);

    ConversionResult first = f.tracking.conversion(Caller.advertiser("a"), order);
    ConversionResult replay = f.tracking.conversion(Caller.advertiser("a"), order);

    assertThat(first.attributed()).isTrue();
    assertThat(first.duplicate()).isFalse();
    assertThat(first.campaignId()).isEqualTo("c");
    assertThat(first.chargedMicros()).isEqualTo(ad.priceMicros()).isPositive();
    assertThat(replay.duplicate()).isTrue();
    assertThat(replay.chargedMicros()).isEqualTo(first.chargedMicros());
    assertThat(spend("c").lifetimeMicros()).isEqualTo(ad.priceMicros());
    Conversion logged = (Conversion) f.stores.events().find(first.conversionId()).orElseThrow();
    assertThat(logged.valueMicros()).isEqualTo(49_990_000L);
    assertThat(logged.decisionId()).isNotNull();
  }

  @Test
  void attributes_by_user_to_the_last_click_within_the_window_only() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPA, 20_000_000);
    f.start();
    f.tracking.click(serve("u").clickToken());
    f.clock.advance(Duration.ofDays(1));

    ConversionResult inWindow =
        f.tracking.conversion(Caller.ADMIN, new ConversionRequest("a", "o-1", "u", null, 0L, null));
    f.clock.advance(f.config.attributionWindow());
    ConversionResult late =
        f.tracking.conversion(Caller.ADMIN, new ConversionRequest("a", "o-2", "u", null, 0L, null));

    assertThat(inWindow.attributed()).isTrue();
    assertThat(late.attributed()).isFalse();
    assertThat(late.chargedMicros()).isZero();
    assertThat(f.stores.events().find(late.conversionId())).isPresent();
    assertThat(
            f.tracking
                .conversion(Caller.ADMIN, new ConversionRequest("a", "o-2", "u", null, 0L, null))
                .duplicate())
        .isTrue();
  }

  @Test
  void does_not_attribute_another_advertisers_click() {
    f.advertiser("a");
    f.advertiser("b");
    f.campaign("a", "c", BidType.CPA, 20_000_000);
    f.start();
    String clickId = clickIdOf(f.tracking.click(serve("u").clickToken()).landingUrl());

    ConversionResult theirs =
        f.tracking.conversion(
            Caller.advertiser("b"), new ConversionRequest(null, "o", "u", clickId, 0L, null));

    assertThat(theirs.attributed()).isFalse();
    assertThat(spend("c").lifetimeMicros()).isZero();
    assertThatThrownBy(
            () ->
                f.tracking.conversion(
                    Caller.advertiser("b"),
                    new ConversionRequest(null, "o2", null, clickId, 0L, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("clickId");
  }

  @Test
  void rejects_invalid_conversions_naming_each_field() {
    f.advertiser("a");
    f.start();

    assertThatThrownBy(
            () ->
                f.tracking.conversion(
                    Caller.advertiser("a"),
                    new ConversionRequest("b", " ", null, null, -1L, "yesterday")))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "advertiserId", "orderId", "userId", "valueMicros", "timestamp"));
    assertThatThrownBy(
            () ->
                f.tracking.conversion(
                    Caller.ADMIN, new ConversionRequest(null, "o", "u", null, 0L, null)))
        .hasMessageContaining("advertiserId");
    assertThatThrownBy(
            () ->
                f.tracking.conversion(
                    Caller.PUBLISHER, new ConversionRequest("a", "o", "u", null, 0L, null)))
        .hasMessageContaining("advertiserId");
    assertThatThrownBy(
            () ->
                f.tracking.conversion(
                    Caller.ADMIN, new ConversionRequest("nobody", "o", "u", null, 0L, null)))
        .hasMessageContaining("no advertiser nobody");
  }

  @Test
  void logs_the_click_with_its_charge() {
    f.advertiser("a");
    f.campaign("a", "c", BidType.CPC, 800_000);
    f.start();
    ServedAdView ad = serve("u");

    f.tracking.click(ad.clickToken());

    AdClick click = (AdClick) f.stores.events().readUser(userKeyOfLastDecision(), 1).get(0);
    assertThat(click.chargedMicros()).isEqualTo(ad.priceMicros());
    assertThat(click.ad().creativeId()).isEqualTo("c-cr");
  }
}
