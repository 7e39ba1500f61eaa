package io.aimpoint.sim.world;

/** The two languages of the simulated world's users, pages and creatives. */
public enum Language {
  ZH("zh"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code used in creatives and ad requests: {@code zh} or {@code en}. */
  public String code() {
    return code;
  }

  /** The language with ISO code {@code code}. */
  public static Language ofCode(String code) {
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("unknown language code: " + code);
  }
}
