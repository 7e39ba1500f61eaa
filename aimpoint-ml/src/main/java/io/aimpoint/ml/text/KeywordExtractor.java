package io.aimpoint.ml.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Extracts the keywords of a text: Lucene analysis by detected language (SmartChinese word
 * segmentation for Chinese, the standard tokenizer for English, each run in its own language for
 * mixed text; stop words removed, see {@link TextAnalyzers}), then terms ranked by TF-IDF against a
 * {@link DocumentFrequencies} corpus statistic the caller maintains.
 *
 * <p>Term frequency is sublinear, {@code 1 + ln(tf)}: a word said three times is more central, not
 * three times as central. Ties keep the order of first occurrence. Thread-safe.
 */
public final class KeywordExtractor {

  private final TextAnalyzers analyzers = new TextAnalyzers();
  private final DocumentFrequencies corpus;

  /**
   * @param corpus the statistic idf is read from; {@link #observe} adds to it
   */
  public KeywordExtractor(DocumentFrequencies corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** The corpus statistic this extractor scores against. */
  public DocumentFrequencies corpus() {
    return corpus;
  }

  /** The analysed terms of {@code text}, in order, repeats included. */
  public List<String> terms(String text) {
    return analyzers.terms(Objects.requireNonNull(text, "text"));
  }

  /** Adds {@code text} to the corpus statistic as one document. */
  public void observe(String text) {
    corpus.addDocument(terms(text));
  }

  /**
   * The {@code k} highest-weighted keywords of {@code text}, heaviest first. Does not add the text
   * to the corpus; call {@link #observe} for that.
   */
  public List<Keyword> extract(String text, int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must not be negative; k=" + k);
    }
    Map<String, Integer> termFrequencies = new LinkedHashMap<>();
    for (String term : terms(text)) {
      termFrequencies.merge(term, 1, Integer::sum);
    }
    Map<String, Double> idfs = corpus.idfs(termFrequencies.keySet());
    List<Keyword> keywords = new ArrayList<>(termFrequencies.size());
    termFrequencies.forEach(
        (term, tf) -> keywords.add(new Keyword(term, (1 + Math.log(tf)) * idfs.get(term))));
    // List.sort is stable, so equal weights keep the order of first occurrence.
    keywords.sort(Comparator.comparingDouble(Keyword::weight).reversed());
    return List.copyOf(keywords.subList(0, Math.min(k, keywords.size())));
  }
}
