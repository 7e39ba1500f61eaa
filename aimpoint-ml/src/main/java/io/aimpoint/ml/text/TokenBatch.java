package io.aimpoint.ml.text;

import ai.djl.huggingface.tokenizers.Encoding;
import java.util.List;

/**
 * Token ids of several texts, right-padded with zeros to the longest, as row-major {@code [rows,
 * columns]} arrays. Padded positions have attention mask 0, so the encoder ignores them.
 */
record TokenBatch(
    int rows, int columns, long[] inputIds, long[] attentionMask, long[] tokenTypeIds) {

  /** Pads the encodings into one batch; [PAD] has id 0 in BERT vocabularies. */
  static TokenBatch of(List<Encoding> encodings) {
    int rows = encodings.size();
    int columns = 1;
    for (Encoding e : encodings) {
      columns = Math.max(columns, e.getIds().length);
    }
    long[] ids = new long[rows * columns];
    long[] mask = new long[rows * columns];
    long[] types = new long[rows * columns];
    for (int row = 0; row < rows; row++) {
      Encoding e = encodings.get(row);
      long[] rowIds = e.getIds();
      long[] rowMask = e.getAttentionMask();
      long[] rowTypes = e.getTypeIds();
      System.arraycopy(rowIds, 0, ids, row * columns, rowIds.length);
      System.arraycopy(rowMask, 0, mask, row * columns, rowMask.length);
      System.arraycopy(rowTypes, 0, types, row * columns, rowTypes.length);
    }
    return new TokenBatch(rows, columns, ids, mask, types);
  }
}
