package io.aimpoint.sim.world;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates page titles and text, search queries, product names and ad copy from a category's
 * vocabulary in Chinese or English. Category words carry the signal; generic adjectives and
 * sentence frames are shared by all categories, and a sentence sometimes borrows a noun from
 * another category, so that text is varied and categories are separable but not trivially.
 */
public final class TextGenerator {
  private static final List<String> ZH_GENERIC_ADJ =
      List.of("实用", "热门", "新款", "高性价比", "优惠", "靠谱", "口碑好");
  private static final List<String> EN_GENERIC_ADJ =
      List.of("practical", "popular", "new", "great-value", "discounted", "reliable", "top-rated");
  private static final List<String> ZH_TITLES =
      List.of("{gadj}{noun}推荐", "{brand}{noun}值得买吗？", "关于{noun}你需要知道的{n}件事");
  private static final List<String> EN_TITLES =
      List.of(
          "{gadj} {noun} recommendations",
          "Is the {brand} {noun} worth it?",
          "{n} things to know about {noun}");
  private static final List<String> ZH_SENTENCES =
      List.of(
          "这款{adj}{noun}最近很受欢迎，{brand}的口碑也不错。",
          "很多网友在讨论{noun}和{noun2}的区别。",
          "如果你正在考虑入手{noun}，不妨先看看{adj}的款式。",
          "{brand}推出了新的{noun}，价格在{n}00元左右。",
          "编辑实测了{n}款{noun}，总结了几点{gadj}建议。",
          "{noun}的{gadj}选择越来越多，关键是适合自己。",
          "限时优惠：{brand}{noun}{n}折起。");
  private static final List<String> EN_SENTENCES =
      List.of(
          "This {adj} {noun} has been popular lately, and {brand} gets good reviews.",
          "Readers keep asking about the difference between a {noun} and a {noun2}.",
          "If you are thinking about buying a {noun}, start with the {adj} options.",
          "{brand} just launched a new {noun} at around {n}99 dollars.",
          "We tested {n} {noun} options and put together a few {gadj} tips.",
          "There are more {gadj} choices of {noun} than ever; pick what fits you.",
          "Limited offer: {brand} {noun} up to {n}0% off.");
  private static final List<String> ZH_QUERIES =
      List.of("{adj}{noun}", "{brand}{noun}", "{noun}推荐", "{noun}多少钱", "{noun}哪个牌子好");
  private static final List<String> EN_QUERIES =
      List.of("{adj} {noun}", "{brand} {noun}", "best {noun}", "{noun} price", "{noun} near me");
  private static final List<String> ZH_AD_TITLES =
      List.of("{brand}{noun}，{adj}之选", "{adj}{noun}限时{n}折", "新品{noun}上市，立即抢购");
  private static final List<String> EN_AD_TITLES =
      List.of(
          "{brand} {noun}: the {adj} choice",
          "{adj} {noun}, {n}0% off today",
          "New {noun} - shop now");
  private static final List<String> ZH_AD_BODIES =
      List.of(
          "{brand}官方旗舰店，{gadj}{noun}，下单立减{n}0元。",
          "精选{adj}{noun}与{noun2}，全场包邮，七天无理由退换。",
          "{n}万用户的选择：{brand}{noun}，{adj}又{gadj}。");
  private static final List<String> EN_AD_BODIES =
      List.of(
          "Official {brand} store: {gadj} {noun}, save {n}0 dollars at checkout.",
          "Hand-picked {adj} {noun} and {noun2}, free shipping and free returns.",
          "Chosen by {n}0,000 customers: the {adj}, {gadj} {brand} {noun}.");
  private static final List<String> ZH_SITES = List.of("www.kandian.example", "m.zixun.example");
  private static final List<String> EN_SITES =
      List.of("www.dailyread.example", "www.hubpost.example");

  private final Taxonomy taxonomy;

  public TextGenerator(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** A page title about {@code category}. */
  public String pageTitle(Category category, Language language, RandomGenerator rng) {
    List<String> templates =
        rng.nextDouble() < 0.65
            ? category.vocabulary(language).titleTemplates()
            : language == Language.ZH ? ZH_TITLES : EN_TITLES;
    return fill(Sampling.pick(rng, templates), category, language, rng);
  }

  /** Two to four sentences of page text about {@code category}. */
  public String pageText(Category category, Language language, RandomGenerator rng) {
    int sentences = 2 + rng.nextInt(3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      // One sentence in eight talks about something else: pages are not single-topic.
      Category about = rng.nextDouble() < 0.125 ? randomCategory(rng) : category;
      String template = Sampling.pick(rng, language == Language.ZH ? ZH_SENTENCES : EN_SENTENCES);
      if (i > 0 && language == Language.EN) {
        text.append(' ');
      }
      text.append(fill(template, about, language, rng));
    }
    return text.toString();
  }

  /** A search query about {@code category}. */
  public String query(Category category, Language language, RandomGenerator rng) {
    return fill(
        Sampling.pick(rng, language == Language.ZH ? ZH_QUERIES : EN_QUERIES),
        category,
        language,
        rng);
  }

  /** A product name, e.g. {@code Voltra 轻薄笔记本电脑}. */
  public String productName(Category category, Language language, RandomGenerator rng) {
    Vocabulary v = category.vocabulary(language);
    String sep = language == Language.ZH ? "" : " ";
    return brand(category, language, rng)
        + " "
        + Sampling.pick(rng, v.adjectives())
        + sep
        + Sampling.pick(rng, v.nouns());
  }

  /** Two to four distinct nouns of the category, as page or creative keywords. */
  public List<String> keywords(Category category, Language language, RandomGenerator rng) {
    List<String> nouns = new ArrayList<>(category.vocabulary(language).nouns());
    int count = 2 + rng.nextInt(3);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count && !nouns.isEmpty(); i++) {
      out.add(nouns.remove(rng.nextInt(nouns.size())));
    }
    return out;
  }

  /** An ad headline for {@code brand}'s product in {@code category}. */
  public String adTitle(Category category, Language language, String brand, RandomGenerator rng) {
    String template = Sampling.pick(rng, language == Language.ZH ? ZH_AD_TITLES : EN_AD_TITLES);
    return fill(template.replace("{brand}", brand), category, language, rng);
  }

  /** One sentence of ad copy for {@code brand}'s product in {@code category}. */
  public String adBody(Category category, Language language, String brand, RandomGenerator rng) {
    String template = Sampling.pick(rng, language == Language.ZH ? ZH_AD_BODIES : EN_AD_BODIES);
    return fill(template.replace("{brand}", brand), category, language, rng);
  }

  /** An article URL on a publisher site of {@code language}, sometimes with a section path. */
  public String pageUrl(Category category, Language language, RandomGenerator rng) {
    String site = Sampling.pick(rng, language == Language.ZH ? ZH_SITES : EN_SITES);
    String section = rng.nextBoolean() ? "/" + category.id() : "/a";
    return "https://" + site + section + "/" + Long.toHexString(rng.nextLong() >>> 16);
  }

  /** English pages only name Latin-script brands; Chinese pages name any. */
  private static String brand(Category category, Language language, RandomGenerator rng) {
    if (language == Language.ZH) {
      return Sampling.pick(rng, category.brands());
    }
    List<String> latin = category.brands().stream().filter(b -> !containsHan(b)).toList();
    return Sampling.pick(rng, latin.isEmpty() ? category.brands() : latin);
  }

  /** Whether {@code s} contains a Chinese (Han) character. */
  public static boolean containsHan(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private Category randomCategory(RandomGenerator rng) {
    return taxonomy.get(rng.nextInt(taxonomy.size()));
  }

  private static String fill(
      String template, Category category, Language language, RandomGenerator rng) {
    Vocabulary v = category.vocabulary(language);
    String noun = Sampling.pick(rng, v.nouns());
    String noun2 = Sampling.pick(rng, v.nouns());
    for (int tries = 0; noun2.equals(noun) && tries < 4; tries++) {
      noun2 = Sampling.pick(rng, v.nouns());
    }
    List<String> generic = language == Language.ZH ? ZH_GENERIC_ADJ : EN_GENERIC_ADJ;
    return template
        .replace("{brand}", brand(category, language, rng))
        .replace("{adj}", Sampling.pick(rng, v.adjectives()))
        .replace("{gadj}", Sampling.pick(rng, generic))
        .replace("{noun2}", noun2)
        .replace("{noun}", noun)
        .replace("{n}", Integer.toString(2 + rng.nextInt(8)));
  }
}
