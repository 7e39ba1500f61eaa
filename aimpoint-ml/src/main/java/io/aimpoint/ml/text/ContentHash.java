package io.aimpoint.ml.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Canonical form and content hash of a text, so that texts differing only in Unicode presentation
 * (full-width letters, compatibility ideographs) or in whitespace share one embedding.
 */
public final class ContentHash {

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

  private ContentHash() {}

  /**
   * Unicode NFKC, whitespace runs collapsed to one space, trimmed. NFKC folds full-width Latin
   * ("ＡＢＣ") and ideographic spaces, common in Chinese pages, into their plain forms; case is kept,
   * as the model's tokenizer distinguishes it.
   */
  public static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return WHITESPACE.matcher(nfkc).replaceAll(" ").strip();
  }

  /** SHA-256 of the UTF-8 bytes of {@link #normalize normalized} text, as lowercase hex. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(normalize(text)));
  }

  static byte[] sha256(String normalized) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(normalized.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK provides SHA-256", e);
    }
  }
}
