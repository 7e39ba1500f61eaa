package io.aimpoint.sim.world;

/**
 * Where a user is and how they connect.
 *
 * @param zoneId IANA time zone of the user's place; the daily rhythm runs in it
 * @param language the preferred language
 * @param bilingual whether the user also reads the other language
 * @param ipAddress the IPv4 address the user's requests come from
 * @param userAgent the HTTP User-Agent of the user's browser or client
 */
public record UserOrigin(
    String zoneId, Language language, boolean bilingual, String ipAddress, String userAgent) {

  /** Whether the user can read text in {@code other}. */
  public boolean reads(Language other) {
    return bilingual || language == other;
  }
}
