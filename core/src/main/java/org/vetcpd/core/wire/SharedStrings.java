package org.vetcpd.core.wire;

/**
 * One copy of each short text that repeats in a document: the codes and ids that many entities
 * refer to (programmes, schools, departments, activities, drivers) and the references. The reader
 * looks a value up by the parser's characters, so a value seen before costs no new string; and
 * a reference that is the very string of the id it names is found in an index by identity, its
 * hash already known, when the references are checked.
 *
 * <p>The table holds at most {@link #MAX_ENTRIES} strings (later new values are returned, not
 * kept), so memory stays bounded however long a stream is; a look-up visits at most {@link
 * #MAX_PROBES} slots (a value that would need more is returned, not kept), so time stays linear
 * however many values share a hash. Only the strings' contents matter to
 * the reader's callers: equal contents give equal strings, as {@code getText()} would.
 *
 * <p>Instances are mutable and not thread-safe; use one per document or stream.
 */
public final class SharedStrings {
  /** The most strings kept. */
  static final int MAX_ENTRIES = 1 << 16;
  /**
   * The most slots a look-up visits: values with equal {@link String#hashCode()} are easy to make
   * (e.g. {@code Aa} and {@code BB}), and a document of them must still be read in linear time.
   */
  static final int MAX_PROBES = 16;
  /** Longer values are never shared: they are texts, not codes. */
  static final int MAX_LENGTH = 64;

  private String[] table = new String[256];
  private int[] hashes = new int[256];
  private int size;
  /** 32 minus the log2 of the table's length: a slot is the top bits of the mixed hash. */
  private int shift = 32 - 8;

  /** Creates an empty table. */
  public SharedStrings() {}

  /**
   * Keeps the given strings (while there is room), so that values equal to them are read as these
   * very strings: e.g. a catalogue's ids, for the references of a stream of plans.
   *
   * @param values the strings
   */
  public void addAll(Iterable<String> values) {
    for (String v : values) {
      if (v.length() <= MAX_LENGTH) {
        char[] chars = v.toCharArray();
        get(chars, 0, chars.length, v);
      }
    }
  }

  /**
   * Returns the string of the given characters: the one kept, if any, else a new one (kept if
   * there is room).
   */
  String get(char[] chars, int offset, int length) {
    return get(chars, offset, length, null);
  }

  /** As {@link #get(char[], int, int)}; a new entry is {@code made}, if not null. */
  private String get(char[] chars, int offset, int length, String made) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + chars[i];
    }
    int mask = table.length - 1;
    int slot = slot(h);
    String s;
    int probes = 0;
    while ((s = table[slot]) != null) {
      if (hashes[slot] == h && same(s, chars, offset, length)) {
        return s;
      }
      if (++probes == MAX_PROBES) {
        // a long run: a hostile document's many values of one hash must not make each look-up
        // walk it; this value is not shared (its contents are what count)
        return made != null ? made : new String(chars, offset, length);
      }
      slot = (slot + 1) & mask;
    }
    if (made == null) {
      made = new String(chars, offset, length);
    }
    if (size < MAX_ENTRIES) {
      table[slot] = made;
      hashes[slot] = h;
      if (++size * 2 > table.length) {
        grow();
      }
    }
    return made;
  }

  /**
   * The first slot of a hash: ids such as {@code t1}, {@code t2} have neighbouring hashes, which
   * would make long runs in a table probed linearly; multiplying by the golden ratio scatters them.
   */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  private static boolean same(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] oldTable = table;
    int[] oldHashes = hashes;
    table = new String[oldTable.length * 2];
    hashes = new int[oldTable.length * 2];
    shift--;
    int mask = table.length - 1;
    for (int i = 0; i < oldTable.length; i++) {
      if (oldTable[i] != null) {
        int slot = slot(oldHashes[i]);
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = oldTable[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
