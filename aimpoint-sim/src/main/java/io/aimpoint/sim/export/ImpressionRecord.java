package io.aimpoint.sim.export;

import java.util.List;

/**
 * One served impression with its outcome, as exported for training and analysis. Field names are
 * the JSON keys; see docs/simulator.md for each column's meaning.
 */
public record ImpressionRecord(
    String decisionId,
    String time,
    String policy,
    String userKey,
    String userId,
    Integer age,
    String gender,
    String country,
    String region,
    String city,
    String device,
    boolean consent,
    boolean bot,
    String placementId,
    int slot,
    String url,
    String pageCategory,
    String language,
    List<String> keywords,
    String query,
    String advertiserId,
    String campaignId,
    String creativeId,
    String creativeCategory,
    String creativeLanguage,
    String bidType,
    long bidMicros,
    long priceMicros,
    long ecpmMicros,
    double propensity,
    Double enginePCtr,
    double truePCtr,
    double truePCvr,
    int exposures,
    boolean clicked,
    boolean converted,
    long conversionValueMicros) {

  public ImpressionRecord {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
