package io.aimpoint.sim.world;

/**
 * The economics of a category.
 *
 * @param popularity relative prior weight of the category among user interests (> 0)
 * @param typicalPriceMicros median purchase amount in micros (log-normal around it)
 * @param bidMultiplier how much advertisers of this category pay relative to the average (> 0)
 * @param conversionBias additive logit of the conversion model for this category
 */
public record CategoryTraits(
    double popularity, long typicalPriceMicros, double bidMultiplier, double conversionBias) {

  public CategoryTraits {
    if (!(popularity > 0)) {
      throw new IllegalArgumentException("popularity must be positive; popularity=" + popularity);
    }
    if (typicalPriceMicros <= 0) {
      throw new IllegalArgumentException(
          "typicalPriceMicros must be positive; typicalPriceMicros=" + typicalPriceMicros);
    }
    if (!(bidMultiplier > 0)) {
      throw new IllegalArgumentException(
          "bidMultiplier must be positive; bidMultiplier=" + bidMultiplier);
    }
  }
}
