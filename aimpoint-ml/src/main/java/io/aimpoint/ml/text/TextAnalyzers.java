package io.aimpoint.ml.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two Lucene analysis chains keyword extraction uses, and splitting of mixed text into
 * single-script runs.
 *
 * <p>Chinese: SmartChineseAnalyzer's HMM word segmenter (Lucene's {@code HMMChineseTokenizer}),
 * lower-cased, with its punctuation list plus Chinese function words and English stop words
 * removed. English: the standard (UAX#29) tokenizer, possessives dropped, lower-cased, English stop
 * words removed, plurals folded ({@code EnglishMinimalStemFilter}: "phones" → "phone"). We avoid
 * the Porter stemmer of {@code EnglishAnalyzer}: its stems ("batteri") are poor keywords to show or
 * to match against an advertiser's keyword list. Analyzers are thread-safe (Lucene reuses token
 * streams per thread).
 */
final class TextAnalyzers {

  private static final String CHINESE_STOP_WORDS = "stopwords-zh.txt";

  private final Analyzer chinese;
  private final Analyzer english;

  TextAnalyzers() {
    CharArraySet englishStops = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    CharArraySet chineseStops = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
    chineseStops.addAll(readWordList(CHINESE_STOP_WORDS));
    chineseStops.addAll(englishStops);
    this.chinese = chain(HMMChineseTokenizer::new, chineseStops);
    this.english = chain(StandardTokenizer::new, englishStops);
  }

  /** The analysed terms of {@code text}, in order, analysed by its {@link TextLanguage}. */
  List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    switch (TextLanguage.detect(text)) {
      case CHINESE -> analyse(chinese, text, terms);
      case ENGLISH -> analyse(english, text, terms);
      case MIXED -> {
        for (ScriptRun run : ScriptRun.split(text)) {
          analyse(run.han() ? chinese : english, run.text(), terms);
        }
      }
      case NONE -> analyse(english, text, terms);
    }
    return terms;
  }

  private static void analyse(Analyzer analyzer, String text, List<String> out) {
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (isKeywordCandidate(term)) {
          out.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
  }

  /** Drops pure numbers and single Latin letters: neither says what a text is about. */
  private static boolean isKeywordCandidate(CharTermAttribute term) {
    boolean hasLetter = false;
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetter(term.charAt(i))) {
        hasLetter = true;
        break;
      }
    }
    return hasLetter && !(term.length() == 1 && term.charAt(0) < 0x80);
  }

  private static Analyzer chain(Supplier<Tokenizer> tokenizer, CharArraySet stops) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stops);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  private static List<String> readWordList(String resource) {
    try (InputStream in = TextAnalyzers.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** A maximal run of Han or of non-Han characters. */
  record ScriptRun(String text, boolean han) {

    static List<ScriptRun> split(String text) {
      List<ScriptRun> runs = new ArrayList<>();
      int start = 0;
      Boolean current = null;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        // Neutral characters (spaces, digits, punctuation) stay with the run they interrupt.
        if (TextLanguage.isHan(cp) || TextLanguage.isLatinLetter(cp)) {
          boolean han = TextLanguage.isHan(cp);
          if (current != null && han != current) {
            runs.add(new ScriptRun(text.substring(start, i), current));
            start = i;
          }
          current = han;
        }
        i += Character.charCount(cp);
      }
      if (start < text.length()) {
        runs.add(new ScriptRun(text.substring(start), current != null && current));
      }
      return runs;
    }
  }
}
