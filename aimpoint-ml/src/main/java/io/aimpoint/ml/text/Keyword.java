package io.aimpoint.ml.text;

/**
 * A keyword of a text with its TF-IDF weight.
 *
 * @param term the analysed term (lower-cased; English plurals folded)
 * @param weight {@code (1 + ln tf) × idf}; only comparable between keywords scored against the same
 *     corpus statistic
 */
public record Keyword(String term, double weight) {}
