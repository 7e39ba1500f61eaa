package io.aimpoint.ml.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Corpus statistics for TF-IDF: how many documents have been seen and in how many of them each term
 * occurs. Documents are added one at a time as the engine ingests pages and creatives.
 *
 * <p><b>Bounded vocabulary.</b> At most {@code maxTerms} terms are tracked. When a new term would
 * exceed that, the rarest tenth of the vocabulary (lowest document frequency; ties: the
 * lexicographically larger term, for determinism) is evicted. An evicted term counts as unseen
 * again and so gets the highest idf, which is what a rare term deserves anyway; a term that keeps
 * appearing climbs back. Eviction in bulk keeps its O(n log n) sort amortized over many additions.
 *
 * <p><b>Smoothed idf</b>: {@code idf(t) = ln((1 + N) / (1 + df(t))) + 1}, positive for every term,
 * defined before the first document, and 1 for a term in every document (as in scikit-learn's
 * {@code smooth_idf}).
 *
 * <p>Thread-safe: additions take a write lock, lookups a read lock. {@link #snapshot()} and {@link
 * #restore(byte[])} persist the statistic as bytes (format below) so a restart keeps it.
 */
public final class DocumentFrequencies {

  private static final int MAGIC = 0x41504446; // "APDF"
  private static final int VERSION = 1;

  private final int maxTerms;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, long[]> frequencies = new HashMap<>();
  private long documentCount;

  /**
   * @param maxTerms the most terms to track; rare ones are evicted beyond that
   */
  public DocumentFrequencies(int maxTerms) {
    if (maxTerms < 10) {
      throw new IllegalArgumentException("maxTerms must be at least 10; maxTerms=" + maxTerms);
    }
    this.maxTerms = maxTerms;
  }

  /** Counts one document; each distinct term in {@code terms} counts once. */
  public void addDocument(Collection<String> terms) {
    Set<String> distinct = new HashSet<>(terms);
    lock.writeLock().lock();
    try {
      documentCount++;
      for (String term : distinct) {
        long[] df = frequencies.get(term);
        if (df != null) {
          df[0]++;
        } else {
          if (frequencies.size() >= maxTerms) {
            evictRarest();
          }
          frequencies.put(term, new long[] {1});
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Documents counted so far. */
  public long documentCount() {
    lock.readLock().lock();
    try {
      return documentCount;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Documents containing {@code term}; 0 for unseen or evicted terms. */
  public long documentFrequency(String term) {
    lock.readLock().lock();
    try {
      long[] df = frequencies.get(term);
      return df == null ? 0 : df[0];
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The smoothed inverse document frequency of {@code term} (see the class comment). */
  public double idf(String term) {
    lock.readLock().lock();
    try {
      long[] df = frequencies.get(term);
      return idf(documentCount, df == null ? 0 : df[0]);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The idf of each term, read under one lock so they agree on the document count. */
  public Map<String, Double> idfs(Collection<String> terms) {
    Map<String, Double> result = new HashMap<>();
    lock.readLock().lock();
    try {
      for (String term : terms) {
        long[] df = frequencies.get(term);
        result.put(term, idf(documentCount, df == null ? 0 : df[0]));
      }
    } finally {
      lock.readLock().unlock();
    }
    return result;
  }

  /** Terms tracked now. */
  public int vocabularySize() {
    lock.readLock().lock();
    try {
      return frequencies.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The most terms tracked. */
  public int maxTerms() {
    return maxTerms;
  }

  /**
   * The statistic as bytes: magic {@code "APDF"}, format version (int), document count (long), term
   * count (int), then per term its UTF-8 length (int), bytes, and document frequency (long).
   */
  public byte[] snapshot() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    lock.readLock().lock();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(documentCount);
      out.writeInt(frequencies.size());
      for (Map.Entry<String, long[]> entry : frequencies.entrySet()) {
        byte[] term = entry.getKey().getBytes(StandardCharsets.UTF_8);
        out.writeInt(term.length);
        out.write(term);
        out.writeLong(entry.getValue()[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    } finally {
      lock.readLock().unlock();
    }
    return bytes.toByteArray();
  }

  /**
   * Replaces this statistic with one from {@link #snapshot()}. A snapshot with more terms than
   * {@link #maxTerms()} is cut down by the usual eviction.
   *
   * @throws IllegalArgumentException if {@code snapshot} is not a valid snapshot
   */
  public void restore(byte[] snapshot) {
    Map<String, long[]> restored = new HashMap<>();
    long count = read(snapshot, restored);
    lock.writeLock().lock();
    try {
      frequencies.clear();
      frequencies.putAll(restored);
      documentCount = count;
      while (frequencies.size() > maxTerms) {
        evictRarest();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static long read(byte[] snapshot, Map<String, long[]> into) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
      int magic = in.readInt();
      int version = in.readInt();
      if (magic != MAGIC || version != VERSION) {
        throw new IllegalArgumentException(
            "not a document-frequency snapshot of version "
                + VERSION
                + "; magic=0x"
                + Integer.toHexString(magic)
                + ", version="
                + version);
      }
      long count = in.readLong();
      int terms = in.readInt();
      if (count < 0 || terms < 0) {
        throw new IllegalArgumentException(
            "corrupt snapshot; documentCount=" + count + ", terms=" + terms);
      }
      for (int i = 0; i < terms; i++) {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
          throw new IllegalArgumentException("corrupt snapshot; term length=" + length);
        }
        byte[] term = new byte[length];
        in.readFully(term);
        into.put(new String(term, StandardCharsets.UTF_8), new long[] {in.readLong()});
      }
      if (in.read() != -1) {
        throw new IllegalArgumentException("trailing bytes after " + terms + " terms");
      }
      return count;
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated snapshot: " + e, e);
    }
  }

  /** Evicts the rarest tenth of the vocabulary; the caller holds the write lock. */
  private void evictRarest() {
    int target = maxTerms - Math.max(1, maxTerms / 10);
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(frequencies.entrySet());
    entries.sort(
        Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0])
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
    for (int i = 0; i < entries.size() - target; i++) {
      frequencies.remove(entries.get(i).getKey());
    }
  }

  private static double idf(long documents, long df) {
    return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
  }
}
