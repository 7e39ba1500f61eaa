package io.aimpoint.engine;

/**
 * The object does not exist, or the caller may not see it. The two cases are deliberately the same
 * error so that an advertiser key cannot probe for other advertisers' ids.
 */
public final class NotFoundException extends RuntimeException {
  private final String kind;
  private final String id;

  public NotFoundException(String kind, String id) {
    super(kind + " " + id + " not found");
    this.kind = kind;
    this.id = id;
  }

  /** What was looked up, e.g. {@code campaign}. */
  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
