package io.aimpoint.engine.ingest;

/**
 * One behaviour event as a client sends it to {@code POST /v1/events}. Which fields are required
 * depends on {@code type}:
 *
 * <ul>
 *   <li>{@code page_view}: {@code url}; optional {@code title}, {@code text}, {@code category}
 *   <li>{@code search}: {@code query}
 *   <li>{@code purchase}: {@code item}, {@code amountMicros} (&ge; 0); optional {@code category}
 *   <li>{@code social}: {@code action} (like, share, comment, follow) and a {@code category} or
 *       {@code item}
 *   <li>{@code app}: {@code action} (install, open), {@code appId}
 * </ul>
 *
 * <p>{@code eventId} is chosen by the client and makes retries idempotent. {@code userId} is the
 * raw user id; it is pseudonymized before it is stored. {@code timestamp} is ISO-8601 with an
 * offset (absent means now). {@code consent} is whether the user agreed to profiling (absent means
 * no).
 */
public record EventInput(
    String eventId,
    String type,
    String userId,
    String timestamp,
    Boolean consent,
    String url,
    String title,
    String text,
    String category,
    String query,
    String item,
    Long amountMicros,
    String action,
    String appId) {}
