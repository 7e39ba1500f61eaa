package io.aimpoint.ml.text;

/**
 * How well a text matches one category.
 *
 * @param categoryId the category id
 * @param similarity cosine similarity of the text to the category's description vector
 * @param probability softmax of similarities over all categories (sums to 1)
 */
public record CategoryScore(String categoryId, double similarity, double probability) {}
