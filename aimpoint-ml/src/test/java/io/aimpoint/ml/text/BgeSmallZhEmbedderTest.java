package io.aimpoint.ml.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BgeSmallZhEmbedderTest {

  private static final String PHONE_ZH_1 = "华为新款手机，超清拍照，超长续航，限时优惠";
  private static final String PHONE_ZH_2 = "小米智能手机上市：高清摄像头，电池续航一整天";
  private static final String DOG_FOOD_ZH = "天然无谷狗粮，营养均衡，幼犬成犬都爱吃";
  private static final String PHONE_EN_1 =
      "New Huawei smartphone with a pro camera and all-day battery";
  private static final String PHONE_EN_2 =
      "Xiaomi phone: sharp photos, fast charging, long battery life";
  private static final String DOG_FOOD_EN =
      "Grain-free dog food with real chicken for puppies and adults";

  private static final List<String> MIXED_LENGTHS =
      List.of(
          PHONE_ZH_1,
          DOG_FOOD_EN,
          "短",
          PHONE_EN_2,
          DOG_FOOD_ZH + "。" + PHONE_ZH_2 + "。" + PHONE_EN_1,
          "",
          PHONE_ZH_2);

  private static BgeSmallZhEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = BgeSmallZhEmbedder.load();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void vectors_have_the_model_dimension_and_unit_length() {
    float[] v = embedder.embed(PHONE_ZH_1);

    assertThat(embedder.dimension()).isEqualTo(512);
    assertThat(v).hasSize(512);
    assertThat(Vectors.norm(v)).isCloseTo(1.0, within(1e-5));
    assertThat(Vectors.norm(embedder.embed(""))).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void chinese_phone_ads_are_closer_to_each_other_than_to_dog_food() {
    float[] a = embedder.embed(PHONE_ZH_1);
    double similar = Vectors.dot(a, embedder.embed(PHONE_ZH_2));
    double unrelated = Vectors.dot(a, embedder.embed(DOG_FOOD_ZH));

    assertThat(similar).isGreaterThan(unrelated + 0.15);
  }

  @Test
  void english_phone_ads_are_closer_to_each_other_than_to_dog_food() {
    float[] a = embedder.embed(PHONE_EN_1);
    double similar = Vectors.dot(a, embedder.embed(PHONE_EN_2));
    double unrelated = Vectors.dot(a, embedder.embed(DOG_FOOD_EN));

    assertThat(similar).isGreaterThan(unrelated + 0.1);
  }

  @Test
  void a_chinese_phone_ad_is_closer_to_an_english_phone_ad_than_to_english_dog_food() {
    float[] zh = embedder.embed(PHONE_ZH_1);
    double similar = Vectors.dot(zh, embedder.embed(PHONE_EN_1));
    double unrelated = Vectors.dot(zh, embedder.embed(DOG_FOOD_EN));

    assertThat(similar).isGreaterThan(unrelated);
  }

  @Test
  void a_short_query_finds_the_matching_ad() {
    float[] query = embedder.embedQuery("狗粮");
    double dogFood = Vectors.dot(query, embedder.embed(DOG_FOOD_ZH));
    double phone = Vectors.dot(query, embedder.embed(PHONE_ZH_1));

    assertThat(dogFood).isGreaterThan(phone);
  }

  @Test
  void a_short_query_gets_the_retrieval_instruction_and_a_long_one_does_not() {
    String shortQuery = "手机";
    String longQuery = "手".repeat(embedder.options().shortQueryMaxChars() + 1);

    assertThat(embedder.embedQuery(shortQuery))
        .containsExactly(
            embedder.embed(BgeSmallZhEmbedder.QUERY_INSTRUCTION + shortQuery), within(1e-6f));
    assertThat(embedder.embedQuery(longQuery))
        .containsExactly(embedder.embed(longQuery), within(1e-6f));
  }

  @Test
  void embed_all_gives_the_same_vectors_as_one_by_one() {
    List<float[]> batched = embedder.embedAll(MIXED_LENGTHS);

    assertThat(batched).hasSize(MIXED_LENGTHS.size());
    for (int i = 0; i < MIXED_LENGTHS.size(); i++) {
      assertThat(batched.get(i))
          .containsExactly(embedder.embed(MIXED_LENGTHS.get(i)), within(1e-5f));
    }
  }

  @Test
  void padded_batches_stay_within_quantization_noise_and_keep_input_order() {
    try (BgeSmallZhEmbedder batching =
        BgeSmallZhEmbedder.load(BgeSmallZhOptions.defaults().withMaxBatchSize(4))) {
      List<float[]> batched = batching.embedAll(MIXED_LENGTHS);
      List<float[]> single = embedder.embedAll(MIXED_LENGTHS);

      for (int i = 0; i < MIXED_LENGTHS.size(); i++) {
        assertThat(Vectors.norm(batched.get(i))).isCloseTo(1.0, within(1e-5));
        assertThat(Vectors.dot(batched.get(i), single.get(i))).isGreaterThan(0.97);
        for (int j = 0; j < MIXED_LENGTHS.size(); j++) {
          if (j != i && !MIXED_LENGTHS.get(j).equals(MIXED_LENGTHS.get(i))) {
            assertThat(Vectors.dot(batched.get(i), single.get(j)))
                .isLessThan(Vectors.dot(batched.get(i), single.get(i)));
          }
        }
      }
    }
  }

  @Test
  void long_texts_are_truncated_rather_than_rejected() {
    String longText = (PHONE_ZH_1 + "。").repeat(100);

    float[] v = embedder.embed(longText);

    assertThat(Vectors.norm(v)).isCloseTo(1.0, within(1e-5));
    assertThat(Vectors.dot(v, embedder.embed(PHONE_ZH_1))).isGreaterThan(0.7);
  }

  @Test
  void concurrent_callers_get_the_same_vectors_as_a_single_caller() throws Exception {
    List<String> texts = List.of(PHONE_ZH_1, PHONE_EN_1, DOG_FOOD_ZH, DOG_FOOD_EN);
    List<float[]> expected = embedder.embedAll(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> embedder.embedAll(texts)));
      }
      for (Future<List<float[]>> future : futures) {
        List<float[]> actual = future.get();
        for (int i = 0; i < texts.size(); i++) {
          assertThat(actual.get(i)).containsExactly(expected.get(i), within(1e-6f));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejects_null_texts_naming_the_index() {
    List<String> texts = new ArrayList<>();
    texts.add("ok");
    texts.add(null);

    assertThatThrownBy(() -> embedder.embedAll(texts)).hasMessageContaining("texts[1]");
  }

  @Test
  void a_closed_embedder_refuses_work() {
    BgeSmallZhEmbedder other = BgeSmallZhEmbedder.load(BgeSmallZhOptions.defaults());
    other.close();

    assertThatThrownBy(() -> other.embed("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
