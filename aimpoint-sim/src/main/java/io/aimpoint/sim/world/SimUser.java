package io.aimpoint.sim.world;

import io.aimpoint.core.user.Demographics;

/**
 * One simulated user. {@code id} is the external (publisher-side) user id the runner sends to the
 * engine; the engine pseudonymizes it. {@code interests} is the mix on the world's first day; see
 * {@link InterestDrift} for later days.
 *
 * @param id external user id, e.g. {@code sim-000042-9f3a6c01}
 * @param seed the user's private random seed; every later draw about the user derives from it
 * @param demographics age, gender, geo and device, as a publisher would declare them
 * @param origin time zone, languages, IP address and user agent
 * @param interests the latent interest mix on day 0
 * @param traits activity, rhythm, consent, purchase propensity, drift rate, fatigue sensitivity
 * @param bot the bot profile, or {@code null} for a human
 */
public record SimUser(
    String id,
    long seed,
    Demographics demographics,
    UserOrigin origin,
    InterestMix interests,
    UserTraits traits,
    BotProfile bot) {

  public boolean isBot() {
    return bot != null;
  }
}
