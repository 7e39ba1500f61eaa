package io.aimpoint.ml.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A one-off timing harness, not a test: sentences per second of {@link BgeSmallZhEmbedder} with one
 * intra-op thread, batch 1 against batch 16, alternating rounds in one JVM, medians reported. Run
 * with the aimpoint-ml test classpath; results go to docs/benchmarks.md.
 */
public final class EmbeddingThroughput {

  private static final int ROUNDS = 5;

  private EmbeddingThroughput() {}

  public static void main(String[] args) {
    List<String> sentences = sentences();
    try (BgeSmallZhEmbedder single = BgeSmallZhEmbedder.load();
        BgeSmallZhEmbedder batched =
            BgeSmallZhEmbedder.load(BgeSmallZhOptions.defaults().withMaxBatchSize(16))) {
      single.embedAll(sentences.subList(0, 32));
      batched.embedAll(sentences.subList(0, 32));
      double[] rateSingle = new double[ROUNDS];
      double[] rateBatched = new double[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        rateSingle[round] = rate(single, sentences);
        rateBatched[round] = rate(batched, sentences);
      }
      System.out.printf(
          "%d sentences (mean %d chars), %d rounds; median sentences/s: batch 1 %.0f, batch 16 %.0f,"
              + " ratio %.2f%n",
          sentences.size(),
          sentences.stream().mapToInt(String::length).sum() / sentences.size(),
          ROUNDS,
          median(rateSingle),
          median(rateBatched),
          median(rateBatched) / median(rateSingle));
    }
  }

  private static double rate(TextEmbedder embedder, List<String> sentences) {
    long start = System.nanoTime();
    embedder.embedAll(sentences);
    return sentences.size() / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** 256 distinct ad-like sentences, half Chinese, half English. */
  private static List<String> sentences() {
    String[] zh = {"华为新款手机", "天然无谷狗粮", "三亚特价机票", "儿童英语网课", "轻薄跑步鞋", "保湿精华面霜", "家用扫地机器人", "新能源电动汽车"};
    String[] zhTail = {"，限时优惠，立即抢购。", "，品质保证，好评如潮。", "，全国包邮，七天无理由退货。", "，新品上市，会员专享折扣。"};
    String[] en = {
      "New smartphone",
      "Grain-free dog food",
      "Cheap flights to Bali",
      "Online English course",
      "Lightweight running shoes",
      "Hydrating face serum",
      "Robot vacuum cleaner",
      "Electric SUV"
    };
    String[] enTail = {
      " with a limited-time discount.",
      ", loved by thousands of customers.",
      ", free shipping and easy returns.",
      ", now with member-only prices."
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      out.add(zh[i % zh.length] + zhTail[(i / zh.length) % zhTail.length] + "第" + i + "期");
      out.add(en[i % en.length] + enTail[(i / en.length) % enTail.length] + " Offer " + i + ".");
    }
    return out;
  }
}
