package io.aimpoint.ml.registry;

/**
 * One champion/challenger comparison, recorded in the challenger's manifest whether it was accepted
 * or not.
 *
 * @param time ISO-8601 instant of the decision
 * @param challenger the challenger's version
 * @param champion the champion's version at the time, null if there was none
 * @param metric {@code auc} or {@code logloss}
 * @param margin how much better the challenger had to be
 * @param challengerValue the challenger's metric on the data
 * @param championValue the champion's metric on the same data; NaN without a champion
 * @param data the validation data both were evaluated on
 * @param rows examples evaluated
 * @param accepted whether the challenger became champion
 * @param reason a sentence saying why
 */
public record PromotionRecord(
    String time,
    int challenger,
    Integer champion,
    String metric,
    double margin,
    double challengerValue,
    double championValue,
    String data,
    long rows,
    boolean accepted,
    String reason) {}
